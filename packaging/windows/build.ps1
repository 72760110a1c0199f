#Requires -Version 5.1
<#
.SYNOPSIS
    Builds the Windows one-folder bundle and its Inno Setup installer.

.DESCRIPTION
    The same steps as packaging/build.sh: a fresh virtual environment in build\venv,
    the project with PyInstaller, the translations compiled (inharmony_desktop.catalogue),
    PyInstaller with packaging\pyinstaller\inharmony.spec, then the smoke test of
    the built bundle (offscreen and on the real Windows platform). Then, optionally,
    code signing, and the installer dist\inharmony-desktop-<version>-setup.exe.

.EXAMPLE
    powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
    powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1 -CertificateThumbprint 0123...ABCD
#>
param(
    # Python version for the `py` launcher.
    [string]$PythonVersion = "3.11",
    # SHA-1 thumbprint of a code-signing certificate in the certificate store; empty = unsigned.
    [string]$CertificateThumbprint = $env:INHARMONY_SIGN_THUMBPRINT,
    [string]$TimestampUrl = "http://timestamp.digicert.com",
    [switch]$SkipInstaller
)

$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
$Venv = Join-Path $Root "build\venv"
$Python = Join-Path $Venv "Scripts\python.exe"
$Bundle = Join-Path $Root "dist\inharmony-desktop"
$Started = Get-Date
Set-Location $Root

function Step([string]$What) { Write-Host "`n== $What" -ForegroundColor Cyan }

# Native programs do not throw: check every exit code.
function Invoke-Native([string]$What, [scriptblock]$Command) {
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "build.ps1: FOUT: $What mislukt (exitcode $LASTEXITCODE)" }
}

Step "fresh virtual environment in build\venv"
foreach ($old in @($Venv, (Join-Path $Root "build\pyinstaller"), $Bundle)) {
    if (Test-Path $old) { Remove-Item -Recurse -Force $old }
}
Invoke-Native "venv" { py "-$PythonVersion" -m venv $Venv }
Invoke-Native "pip upgrade" { & $Python -m pip install --quiet --upgrade pip }
Invoke-Native "installatie" { & $Python -m pip install --quiet ".[build,postgres]" }
Invoke-Native "PyInstaller" { & $Python -m PyInstaller --version }
$Version = (& $Python -c "import inharmony_desktop; print(inharmony_desktop.__version__)").Trim()
Write-Host "Inharmony Desktop $Version"

Step "compile translations"
$sources = @(Get-ChildItem (Join-Path $Root "resources\translations\*.ts"))
if ($sources.Count -eq 0) { throw "build.ps1: FOUT: geen .ts-bestanden in resources\translations" }
foreach ($ts in $sources) {
    $qm = [IO.Path]::ChangeExtension($ts.FullName, ".qm")
    Invoke-Native "catalogue $($ts.Name)" { & (Join-Path $Venv "Scripts\python.exe") -m inharmony_desktop.catalogue $ts.FullName $qm }
}

Step "PyInstaller (one folder)"
Invoke-Native "PyInstaller" {
    & $Python -m PyInstaller --noconfirm --clean --log-level WARN `
        --distpath (Join-Path $Root "dist") --workpath (Join-Path $Root "build\pyinstaller") `
        (Join-Path $Root "packaging\pyinstaller\inharmony.spec")
}

# The window program has no console; its console twin shows the smoke test's output.
$Cli = Join-Path $Bundle "inharmony-desktop-cli.exe"
Push-Location (Join-Path $Root "build")  # nothing may be found through the current folder
try {
    Step "smoke test, offscreen"
    $env:QT_QPA_PLATFORM = "offscreen"
    Invoke-Native "rooktest (offscreen)" { & $Cli --smoke-test }
    Remove-Item Env:QT_QPA_PLATFORM

    Step "smoke test, Windows platform"
    Invoke-Native "rooktest (windows)" { & $Cli --smoke-test }
    $gui = Start-Process -FilePath (Join-Path $Bundle "inharmony-desktop.exe") -ArgumentList "--smoke-test" -Wait -PassThru
    if ($gui.ExitCode -ne 0) { throw "build.ps1: FOUT: rooktest van inharmony-desktop.exe mislukt (exitcode $($gui.ExitCode))" }
}
finally {
    Pop-Location
}

function Sign-Files([string[]]$Files) {
    if (-not $CertificateThumbprint) { return }
    Invoke-Native "signtool" {
        signtool sign /sha1 $CertificateThumbprint /fd SHA256 /tr $TimestampUrl /td SHA256 /d "Inharmony Desktop" $Files
    }
}

if ($CertificateThumbprint) {
    Step "code signing"
    Sign-Files @((Join-Path $Bundle "inharmony-desktop.exe"), $Cli)
}

$size = (Get-ChildItem $Bundle -Recurse -File | Measure-Object -Property Length -Sum).Sum
Write-Host ("bundle: {0:N0} MB in {1}" -f ($size / 1MB), $Bundle)

if (-not $SkipInstaller) {
    Step "installer (Inno Setup 6)"
    $Iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"
    if (-not (Test-Path $Iscc)) { throw "build.ps1: FOUT: Inno Setup 6 niet gevonden ($Iscc)" }
    Invoke-Native "ISCC" { & $Iscc /Q "/DAppVersion=$Version" (Join-Path $Root "packaging\windows\installer.iss") }
    $Setup = Join-Path $Root "dist\inharmony-desktop-$Version-setup.exe"
    Sign-Files @($Setup)
    Write-Host "installer: $Setup"
}

Write-Host ("klaar in {0:N0} s" -f ((Get-Date) - $Started).TotalSeconds)
