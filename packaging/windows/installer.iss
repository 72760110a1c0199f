; Inno Setup 6 script: the Dutch installer of Inharmony Desktop for the office PCs.
;
;   ISCC.exe /DAppVersion=0.1.0 packaging\windows\installer.iss
;
; build.ps1 builds dist\inharmony-desktop\ first and passes the version of the
; package (inharmony_desktop.__version__). The result is
; dist\inharmony-desktop-<version>-setup.exe.
;
; User data: the database and its backups live in the user's local data folder
; (%LOCALAPPDATA%\Inharmony\Inharmony Desktop), never under {app}. The
; uninstaller only removes what it installed, so that folder always survives an
; uninstall or an upgrade. Do not add an [UninstallDelete] entry for it.

#ifndef AppVersion
  #error Geef de versie mee: ISCC /DAppVersion=x.y.z installer.iss (build.ps1 doet dat)
#endif

#define AppName "Inharmony Desktop"
#define AppPublisher "Inharmony"
#define AppExe "inharmony-desktop.exe"
#define BundleDir "..\..\dist\inharmony-desktop"

[Setup]
; Never change the AppId: it is how an upgrade finds and replaces the installed version.
AppId={{B04F4129-0845-4F8C-B88F-5D2FDE3320A1}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
; Per-machine: installed once in Program Files for every user of the PC.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=inharmony-desktop-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\inharmony.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=no
; Close a running copy before files are replaced, and start it again afterwards.
CloseApplications=yes
RestartApplications=yes

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade starts from a clean program folder: no library of the old version stays behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
