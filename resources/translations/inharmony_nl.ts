<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>About</name>
    <message>
        <source>DejaVu fonts</source>
        <translation>DejaVu-lettertypen</translation>
    </message>
    <message>
        <source>the letters of the PDFs</source>
        <translation>de letters van de PDF&apos;s</translation>
    </message>
    <message>
        <source>Bitstream Vera licence (free)</source>
        <translation>Bitstream Vera-licentie (vrij)</translation>
    </message>
    <message>
        <source>the windows</source>
        <translation>de vensters</translation>
    </message>
    <message>
        <source>the PDFs</source>
        <translation>de PDF&apos;s</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>de databank</translation>
    </message>
    <message>
        <source>the office server (PostgreSQL)</source>
        <translation>de server van het kantoor (PostgreSQL)</translation>
    </message>
    <message>
        <source>amounts and dates</source>
        <translation>bedragen en datums</translation>
    </message>
    <message>
        <source>Belgian public holidays</source>
        <translation>Belgische feestdagen</translation>
    </message>
    <message>
        <source>national numbers (INSZ)</source>
        <translation>rijksregisternummers (INSZ)</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>telefoonnummers</translation>
    </message>
    <message>
        <source>where the data is kept</source>
        <translation>waar de gegevens bewaard worden</translation>
    </message>
    <message>
        <source>Excel files from Pluxee</source>
        <translation>Excel-bestanden van Pluxee</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Over {app}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versie {version}</translation>
    </message>
    <message>
        <source>The back office of a service-voucher company: customers and their user numbers, helpers, prestations, voucher orders and the customers&apos; yearly statements.</source>
        <translation>De backoffice van een dienstenchequebedrijf: klanten en hun gebruikersnummers, medewerkers, prestaties, chequebestellingen en de jaaroverzichten voor de klanten.</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Databank: {name}</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>geen geopend</translation>
    </message>
    <message>
        <source>Python {python} · Qt {qt} · PySide6 {pyside}</source>
        <translation>Python {python} · Qt {qt} · PySide6 {pyside}</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Over Qt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Parts of the program and their licences&lt;/b&gt; (click a licence to read it)</source>
        <translation>&lt;b&gt;Onderdelen van het programma en hun licenties&lt;/b&gt; (klik op een licentie om ze te lezen)</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Gebruikt voor</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <source>Licence of the DejaVu fonts</source>
        <translation>Licentie van de DejaVu-lettertypen</translation>
    </message>
</context>
<context>
    <name>AbsenceDialog</name>
    <message>
        <source>Edit absence</source>
        <translation>Afwezigheid wijzigen</translation>
    </message>
    <message>
        <source>New absence</source>
        <translation>Nieuwe afwezigheid</translation>
    </message>
    <message>
        <source>A helper</source>
        <translation>Een medewerker</translation>
    </message>
    <message>
        <source>A customer</source>
        <translation>Een klant</translation>
    </message>
    <message>
        <source>Who is away</source>
        <translation>Wie is afwezig</translation>
    </message>
    <message>
        <source>Helper</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>Stopt</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>alles</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Choose a helper.</source>
        <translation>Kies een medewerker.</translation>
    </message>
    <message>
        <source>Choose a customer.</source>
        <translation>Kies een klant.</translation>
    </message>
</context>
<context>
    <name>AbsenceTableModel</name>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>helper</source>
        <translation>medewerker</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>klant</translation>
    </message>
</context>
<context>
    <name>AbsencesTab</name>
    <message>
        <source>Search absences</source>
        <translation>Zoek afwezigheden</translation>
    </message>
    <message>
        <source>Show past absences</source>
        <translation>Toon voorbije afwezigheden</translation>
    </message>
    <message numerus="yes">
        <source>%n absence(s)</source>
        <translation>
            <numerusform>%n afwezigheid</numerusform>
            <numerusform>%n afwezigheden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionAvailability</name>
    <message>
        <source>Select one or more prestations first.</source>
        <translation>Kies eerst één of meer prestaties.</translation>
    </message>
    <message>
        <source>Paid prestations cannot be moved, split or deleted; take them out of the selection.</source>
        <translation>Betaalde prestaties kunnen niet verplaatst, verdeeld of verwijderd worden; haal ze uit de selectie.</translation>
    </message>
    <message>
        <source>Prestations already in Pluxee&apos;s zone are not deleted: cancel them, or correct them in Pluxee first.</source>
        <translation>Prestaties die al in de zone van Pluxee staan, worden niet verwijderd: annuleer ze, of corrigeer ze eerst in Pluxee.</translation>
    </message>
    <message>
        <source>Nothing in this tab is deleted here.</source>
        <translation>In dit tabblad wordt niets verwijderd.</translation>
    </message>
    <message>
        <source>{number} already pays electronically.</source>
        <translation>{number} betaalt al elektronisch.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>New &amp;prestation…</source>
        <translation>Nieuwe &amp;prestatie…</translation>
    </message>
    <message>
        <source>&amp;Quick entry</source>
        <translation>&amp;Snel invoeren</translation>
    </message>
    <message>
        <source>Type date, user number, helper and hours in the Prestations tab; Enter saves</source>
        <translation>Typ datum, gebruikersnummer, medewerker en uren in het tabblad Prestaties; Enter bewaart</translation>
    </message>
    <message>
        <source>New &amp;customer…</source>
        <translation>Nieuwe &amp;klant…</translation>
    </message>
    <message>
        <source>New &amp;user number…</source>
        <translation>Nieuw &amp;gebruikersnummer…</translation>
    </message>
    <message>
        <source>New &amp;helper…</source>
        <translation>Nieuwe &amp;medewerker…</translation>
    </message>
    <message>
        <source>New &amp;order…</source>
        <translation>Nieuwe &amp;bestelling…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;doen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>&amp;Verplaatsen naar…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Geschiedenis…</translation>
    </message>
    <message>
        <source>To &amp;correct in Pluxee</source>
        <translation>Te &amp;corrigeren in Pluxee</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>Klant &amp;zoeken</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>Paper/electronic &amp;split…</source>
        <translation>&amp;Verdeling papier/elektronisch…</translation>
    </message>
    <message>
        <source>Switch to &amp;electronic…</source>
        <translation>Overschakelen naar &amp;elektronisch…</translation>
    </message>
    <message>
        <source>&amp;Ironing basket…</source>
        <translation>&amp;Strijkmand…</translation>
    </message>
    <message>
        <source>&amp;Refunds…</source>
        <translation>&amp;Terugbetalingen…</translation>
    </message>
    <message>
        <source>Vouchers of the selected user number returned to Pluxee</source>
        <translation>Cheques van het gekozen gebruikersnummer die aan Pluxee terugbetaald zijn</translation>
    </message>
    <message>
        <source>&amp;Yearly statement…</source>
        <translation>&amp;Jaaroverzicht…</translation>
    </message>
    <message>
        <source>Yearly &amp;statements of a year…</source>
        <translation>Alle &amp;jaaroverzichten van een jaar…</translation>
    </message>
    <message>
        <source>Write the yearly statement of every user number with orders in a year as PDFs, and one file with all of them to print</source>
        <translation>Schrijf het jaaroverzicht van elk gebruikersnummer met bestellingen in een jaar als PDF, plus één bestand met alle jaaroverzichten om af te drukken</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importeren uit CSV…</translation>
    </message>
    <message>
        <source>Read customers, user numbers, helpers, orders or prestations from a CSV file</source>
        <translation>Klanten, gebruikersnummers, medewerkers, bestellingen of prestaties inlezen uit een CSV-bestand</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporteren als CSV…</translation>
    </message>
    <message>
        <source>Write customers, user numbers, helpers, orders or prestations to a CSV file</source>
        <translation>Klanten, gebruikersnummers, medewerkers, bestellingen of prestaties wegschrijven naar een CSV-bestand</translation>
    </message>
    <message>
        <source>Read P&amp;luxee export…</source>
        <translation>Pluxee-export in&amp;lezen…</translation>
    </message>
    <message>
        <source>Compare Pluxee&apos;s export of prestations with the prestations here</source>
        <translation>Vergelijk de prestatie-export van Pluxee met de prestaties in dit programma</translation>
    </message>
    <message>
        <source>Make a &amp;backup</source>
        <translation>Back-up &amp;maken</translation>
    </message>
    <message>
        <source>Write a checked copy of the database to the backup folder now</source>
        <translation>Schrijf nu een gecontroleerde kopie van de databank naar de back-upmap</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <source>Replace all data by one of the backups</source>
        <translation>Vervang alle gegevens door een van de back-ups</translation>
    </message>
    <message>
        <source>&amp;Database…</source>
        <translation>&amp;Databank…</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <source>The manual: every task step by step, with pictures</source>
        <translation>De handleiding: elke taak stap voor stap, met afbeeldingen</translation>
    </message>
    <message>
        <source>&amp;About Inharmony Desktop</source>
        <translation>&amp;Over Inharmony Desktop</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>New &amp;schedule…</source>
        <translation>Nieuw &amp;uurrooster…</translation>
    </message>
    <message>
        <source>E&amp;nd schedule…</source>
        <translation>Uurrooster &amp;beëindigen…</translation>
    </message>
    <message>
        <source>New &amp;absence…</source>
        <translation>Nieuwe &amp;afwezigheid…</translation>
    </message>
    <message>
        <source>Generate &amp;week…</source>
        <translation>&amp;Week genereren…</translation>
    </message>
    <message>
        <source>Generate &amp;month…</source>
        <translation>&amp;Maand genereren…</translation>
    </message>
    <message>
        <source>Week &amp;review…</source>
        <translation>Week &amp;nakijken…</translation>
    </message>
    <message>
        <source>&amp;Helpers&apos; monthly statements…</source>
        <translation>Maand&amp;staten medewerkers…</translation>
    </message>
    <message>
        <source>Each helper&apos;s hours of a month for payroll, and the file for the social secretariat</source>
        <translation>De gewerkte uren van elke medewerker in een maand voor de loonverwerking, en het bestand voor het sociaal secretariaat</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Vouchers</source>
        <translation>&amp;Cheques</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Planning</source>
        <translation>&amp;Planning</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
</context>
<context>
    <name>AddressSection</name>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Restore a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>Put back the backup of {when}? Everything entered after it is replaced by the data in the backup. The data as it is now is backed up first.</source>
        <translation>De back-up van {when} terugzetten? Alles wat daarna is ingevoerd, wordt vervangen door de gegevens in de back-up. Van de gegevens zoals ze nu zijn, wordt eerst een back-up gemaakt.</translation>
    </message>
    <message>
        <source>Make a backup</source>
        <translation>Back-up maken</translation>
    </message>
    <message>
        <source>Writing and checking the backup…</source>
        <translation>De back-up wordt geschreven en gecontroleerd…</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Back-up gemaakt</translation>
    </message>
    <message>
        <source>The backup was written and checked:
{path} ({size})</source>
        <translation>De back-up is geschreven en gecontroleerd:
{path} ({size})</translation>
    </message>
    <message>
        <source>A backup or check of the database is still running in the background. Try again in a minute.</source>
        <translation>Er wordt op de achtergrond nog een back-up gemaakt of de databank gecontroleerd. Probeer het over een minuut opnieuw.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Back-up teruggezet</translation>
    </message>
    <message>
        <source>The backup has been put back. The data from before the restore was kept in {path}.</source>
        <translation>De back-up is teruggezet. De gegevens van vóór het terugzetten zijn bewaard in {path}.</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <source>No backup yet</source>
        <translation>Nog geen back-up</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>Laatste back-up: {when}</translation>
    </message>
</context>
<context>
    <name>CorrectionTableModel</name>
    <message>
        <source>changed after registration</source>
        <translation>gewijzigd na registratie</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verplaatst</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Registered on (old)</source>
        <translation>Geregistreerd op (oud)</translation>
    </message>
    <message>
        <source>Now on (new)</source>
        <translation>Nu op (nieuw)</translation>
    </message>
    <message>
        <source>Helper</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Tick off when this prestation was corrected in Pluxee&apos;s zone.</source>
        <translation>Vink af wanneer deze prestatie in de zone van Pluxee gecorrigeerd is.</translation>
    </message>
</context>
<context>
    <name>CorrectionsPanel</name>
    <message>
        <source>Mark as &amp;corrected</source>
        <translation>Afvinken als &amp;gecorrigeerd</translation>
    </message>
    <message>
        <source>The selected prestations were corrected in Pluxee</source>
        <translation>De gekozen prestaties zijn in Pluxee gecorrigeerd</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporteren als CSV…</translation>
    </message>
    <message numerus="yes">
        <source>%n prestation(s) to correct in Pluxee&apos;s zone</source>
        <translation>
            <numerusform>%n prestatie te corrigeren in de zone van Pluxee</numerusform>
            <numerusform>%n prestaties te corrigeren in de zone van Pluxee</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to correct in Pluxee.</source>
        <translation>Niets te corrigeren in Pluxee.</translation>
    </message>
    <message>
        <source>To correct in Pluxee</source>
        <translation>Te corrigeren in Pluxee</translation>
    </message>
    <message>
        <source>Printed on {date}</source>
        <translation>Afgedrukt op {date}</translation>
    </message>
    <message>
        <source>Export list to correct in Pluxee</source>
        <translation>Lijst te corrigeren in Pluxee exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
</context>
<context>
    <name>CorrectionsSection</name>
    <message>
        <source>Pluxee corrections</source>
        <translation>Correcties in Pluxee</translation>
    </message>
    <message>
        <source>Show list</source>
        <translation>Lijst tonen</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Geschiedenis…</translation>
    </message>
    <message numerus="yes">
        <source>%n prestation(s) to correct in Pluxee&apos;s zone</source>
        <translation>
            <numerusform>%n prestatie te corrigeren in de zone van Pluxee</numerusform>
            <numerusform>%n prestaties te corrigeren in de zone van Pluxee</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to correct in Pluxee.</source>
        <translation>Niets te corrigeren in Pluxee.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <source>Something went wrong in the program: {what}</source>
        <translation>Er ging iets mis in het programma: {what}</translation>
    </message>
    <message>
        <source>The change you were making has not been saved; everything saved before it is safe. The details were written to {log}. You can carry on, or close the program and start it again.</source>
        <translation>De wijziging waarmee u bezig was, is niet opgeslagen; alles wat eerder is opgeslagen, is veilig. De details staan in {log}. U kan verder werken, of het programma sluiten en opnieuw starten.</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation>Verder werken</translation>
    </message>
    <message>
        <source>Close the program</source>
        <translation>Programma sluiten</translation>
    </message>
</context>
<context>
    <name>CsvTransfer</name>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>User numbers</source>
        <translation>Gebruikersnummers</translation>
    </message>
    <message>
        <source>Helpers</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellingen</translation>
    </message>
    <message>
        <source>Prestations</source>
        <translation>Prestaties</translation>
    </message>
    <message>
        <source>What does the file hold?</source>
        <translation>Wat staat er in het bestand?</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV importeren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>{file} wordt geïmporteerd…</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>{file} wordt geschreven…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to {file}.</source>
        <translation>
            <numerusform>%n rij geschreven naar {file}.</numerusform>
            <numerusform>%n rijen geschreven naar {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported from {file}.</source>
        <translation>
            <numerusform>%n rij geïmporteerd uit {file}.</numerusform>
            <numerusform>%n rijen geïmporteerd uit {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Niet mogelijk</translation>
    </message>
    <message>
        <source>Import them anyway</source>
        <translation>Toch importeren</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Edit customer</source>
        <translation>Klant wijzigen</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nieuwe klant</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Klantnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Straat en nummer</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
</context>
<context>
    <name>CustomerNumbersSection</name>
    <message>
        <source>User numbers</source>
        <translation>Gebruikersnummers</translation>
    </message>
    <message>
        <source>{ordered} of {maximum} ordered</source>
        <translation>{ordered} van {maximum} besteld</translation>
    </message>
    <message>
        <source>{count} available</source>
        <translation>{count} beschikbaar</translation>
    </message>
    <message>
        <source>No user numbers yet.</source>
        <translation>Nog geen gebruikersnummers.</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>Search customer, number or town</source>
        <translation>Zoek klant, nummer of gemeente</translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation>Klanten worden gelezen…</translation>
    </message>
    <message>
        <source>The customers could not be read ({reason}). Try View › Refresh.</source>
        <translation>De klanten konden niet gelezen worden ({reason}). Probeer Beeld › Vernieuwen.</translation>
    </message>
</context>
<context>
    <name>CustomerTreeModel</name>
    <message>
        <source>Customer / user number</source>
        <translation>Klant / gebruikersnummer</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>Betaalt</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dit jaar</translation>
    </message>
    <message>
        <source>{holder}: {ordered} of {maximum} vouchers ordered this year</source>
        <translation>{holder}: {ordered} van {maximum} cheques besteld dit jaar</translation>
    </message>
    <message numerus="yes">
        <source>%n prestation(s) to correct in Pluxee</source>
        <translation>
            <numerusform>%n prestatie te corrigeren in Pluxee</numerusform>
            <numerusform>%n prestaties te corrigeren in Pluxee</numerusform>
        </translation>
    </message>
    <message>
        <source>paper</source>
        <translation>papier</translation>
    </message>
    <message>
        <source>electr.</source>
        <translation>elektr.</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Database</source>
        <translation>Databank</translation>
    </message>
    <message>
        <source>This PC&apos;s own file</source>
        <translation>Het eigen bestand van deze pc</translation>
    </message>
    <message>
        <source>The office server (PostgreSQL)</source>
        <translation>De server van het kantoor (PostgreSQL)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Naam van de databank</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <source>The change takes effect when the program starts again.</source>
        <translation>De wijziging geldt vanaf de volgende start van het programma.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Verplicht.</translation>
    </message>
    <message>
        <source>Saved. Start the program again to work on {database}.</source>
        <translation>Bewaard. Start het programma opnieuw om te werken op {database}.</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Select a customer or user number on the left.</source>
        <translation>Kies links een klant of gebruikersnummer.</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>New customer {name}</source>
        <translation>Nieuwe klant {name}</translation>
    </message>
    <message>
        <source>Edit customer {name}</source>
        <translation>Klant {name} wijzigen</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>Klant verwijderen</translation>
    </message>
    <message>
        <source>Delete customer {name}?</source>
        <translation>Klant {name} verwijderen?</translation>
    </message>
    <message>
        <source>Delete customer {name}</source>
        <translation>Klant {name} verwijderen</translation>
    </message>
    <message>
        <source>New user number {number}</source>
        <translation>Nieuw gebruikersnummer {number}</translation>
    </message>
    <message>
        <source>Edit user number {number}</source>
        <translation>Gebruikersnummer {number} wijzigen</translation>
    </message>
    <message>
        <source>Delete user number</source>
        <translation>Gebruikersnummer verwijderen</translation>
    </message>
    <message>
        <source>Delete user number {number}?</source>
        <translation>Gebruikersnummer {number} verwijderen?</translation>
    </message>
    <message>
        <source>Delete user number {number}</source>
        <translation>Gebruikersnummer {number} verwijderen</translation>
    </message>
    <message>
        <source>New helper {name}</source>
        <translation>Nieuwe medewerker {name}</translation>
    </message>
    <message>
        <source>Edit helper {name}</source>
        <translation>Medewerker {name} wijzigen</translation>
    </message>
    <message>
        <source>Delete helper</source>
        <translation>Medewerker verwijderen</translation>
    </message>
    <message>
        <source>Delete helper {name}?</source>
        <translation>Medewerker {name} verwijderen?</translation>
    </message>
    <message>
        <source>Delete helper {name}</source>
        <translation>Medewerker {name} verwijderen</translation>
    </message>
    <message>
        <source>New order of {count} vouchers</source>
        <translation>Nieuwe bestelling van {count} cheques</translation>
    </message>
    <message>
        <source>Edit order</source>
        <translation>Bestelling wijzigen</translation>
    </message>
    <message>
        <source>Delete order</source>
        <translation>Bestelling verwijderen</translation>
    </message>
    <message>
        <source>Delete this order?</source>
        <translation>Deze bestelling verwijderen?</translation>
    </message>
    <message>
        <source>New prestation</source>
        <translation>Nieuwe prestatie</translation>
    </message>
    <message>
        <source>Save it anyway?</source>
        <translation>Toch opslaan?</translation>
    </message>
    <message>
        <source>Unusual date</source>
        <translation>Ongewone datum</translation>
    </message>
    <message>
        <source>Edit prestation</source>
        <translation>Prestatie wijzigen</translation>
    </message>
    <message>
        <source>Change hours</source>
        <translation>Uren wijzigen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n prestation(s)?</source>
        <translation>
            <numerusform>%n prestatie verwijderen?</numerusform>
            <numerusform>%n prestaties verwijderen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete prestations</source>
        <translation>Prestaties verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n prestation(s)</source>
        <translation>
            <numerusform>%n prestatie verwijderen</numerusform>
            <numerusform>%n prestaties verwijderen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndScheduleDialog</name>
    <message>
        <source>End schedule</source>
        <translation>Uurrooster beëindigen</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>Laatste datum</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>* required</source>
        <translation>* verplicht</translation>
    </message>
    <message>
        <source>required</source>
        <translation>verplicht</translation>
    </message>
</context>
<context>
    <name>GenerateDialog</name>
    <message>
        <source>public holiday</source>
        <translation>feestdag</translation>
    </message>
    <message>
        <source>helper absent</source>
        <translation>medewerker afwezig</translation>
    </message>
    <message>
        <source>customer absent</source>
        <translation>klant afwezig</translation>
    </message>
    <message>
        <source>already exists</source>
        <translation>bestaat al</translation>
    </message>
    <message>
        <source>schedule ended</source>
        <translation>uurrooster beëindigd</translation>
    </message>
    <message>
        <source>user number inactive</source>
        <translation>gebruikersnummer niet actief</translation>
    </message>
    <message>
        <source>helper inactive</source>
        <translation>medewerker niet actief</translation>
    </message>
    <message>
        <source>{paper} paper + {electronic} electronic</source>
        <translation>{paper} papier + {electronic} elektronisch</translation>
    </message>
    <message>
        <source>Generate week</source>
        <translation>Week genereren</translation>
    </message>
    <message>
        <source>Generate month</source>
        <translation>Maand genereren</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Helper</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>User number</source>
        <translation>Gebruikersnummer</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Vouchers / reason</source>
        <translation>Cheques / reden</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Nakijken</translation>
    </message>
    <message>
        <source>Week of:</source>
        <translation>Week van:</translation>
    </message>
    <message>
        <source>Month of:</source>
        <translation>Maand van:</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} tot {end}</translation>
    </message>
    <message>
        <source>Computing what will be created…</source>
        <translation>Berekenen wat er gemaakt wordt…</translation>
    </message>
    <message>
        <source>The plan could not be computed because of an error.</source>
        <translation>Door een fout kon de planning niet berekend worden.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Create %n prestation(s)</source>
        <translation>
            <numerusform>%n prestatie &amp;maken</numerusform>
            <numerusform>%n prestaties &amp;maken</numerusform>
        </translation>
    </message>
    <message>
        <source>{created} prestations to create ({hours} hours), {skipped} skipped, {warnings} warnings.</source>
        <translation>{created} prestaties te maken ({hours} uur), {skipped} overgeslagen, {warnings} waarschuwingen.</translation>
    </message>
    <message>
        <source>Warnings ({count})</source>
        <translation>Waarschuwingen ({count})</translation>
    </message>
    <message>
        <source>Skipped ({count})</source>
        <translation>Overgeslagen ({count})</translation>
    </message>
    <message>
        <source>To create ({count})</source>
        <translation>Te maken ({count})</translation>
    </message>
</context>
<context>
    <name>HelperDialog</name>
    <message>
        <source>Edit helper</source>
        <translation>Medewerker wijzigen</translation>
    </message>
    <message>
        <source>New helper</source>
        <translation>Nieuwe medewerker</translation>
    </message>
    <message>
        <source>Helper number</source>
        <translation>Medewerkernummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>National number (INSZ)</source>
        <translation>Rijksregisternummer (INSZ)</translation>
    </message>
    <message>
        <source>Contract hours per week</source>
        <translation>Contracturen per week</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
</context>
<context>
    <name>HelperTableModel</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Uren per week</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>HelperWeekModel</name>
    <message>
        <source>Hours / contract</source>
        <translation>Uren / contract</translation>
    </message>
    <message>
        <source>Overlapping slots: the helper is double-booked.</source>
        <translation>Overlappende uren: de medewerker is dubbel geboekt.</translation>
    </message>
    <message>
        <source>More hours planned than the contract hours.</source>
        <translation>Meer uren gepland dan de contracturen.</translation>
    </message>
</context>
<context>
    <name>HelperWeekView</name>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ Vorige week</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>Volgende week ▶</translation>
    </message>
    <message>
        <source>Red: overlapping slots. Orange: more hours than the contract.</source>
        <translation>Rood: overlappende uren. Oranje: meer uren dan het contract.</translation>
    </message>
    <message>
        <source>Week of:</source>
        <translation>Week van:</translation>
    </message>
</context>
<context>
    <name>HelpersTab</name>
    <message>
        <source>Search helpers</source>
        <translation>Zoek medewerkers</translation>
    </message>
    <message numerus="yes">
        <source>%n helper(s)</source>
        <translation>
            <numerusform>%n medewerker</numerusform>
            <numerusform>%n medewerkers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Nog geen wijzigingen geregistreerd.</translation>
    </message>
</context>
<context>
    <name>InputPage</name>
    <message>
        <source>Switch to electronic vouchers</source>
        <translation>Overschakelen naar elektronische cheques</translation>
    </message>
    <message>
        <source>Enter the paper vouchers the customer still holds; the next page shows the plan.</source>
        <translation>Geef de papieren cheques in die de klant nog heeft; de volgende pagina toont het plan.</translation>
    </message>
    <message numerus="yes">
        <source>%n voucher(s)</source>
        <translation>
            <numerusform>%n cheque</numerusform>
            <numerusform>%n cheques</numerusform>
        </translation>
    </message>
    <message>
        <source>Paper expires on</source>
        <translation>Papier vervalt op</translation>
    </message>
    <message>
        <source>&amp;User number:</source>
        <translation>&amp;Gebruikersnummer:</translation>
    </message>
    <message>
        <source>&amp;Paper vouchers held:</source>
        <translation>&amp;Papieren cheques in bezit:</translation>
    </message>
    <message>
        <source>Plan &amp;from:</source>
        <translation>Plannen &amp;vanaf:</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Vervaldatum:</translation>
    </message>
    <message>
        <source>Choose a user number from the list.</source>
        <translation>Kies een gebruikersnummer uit de lijst.</translation>
    </message>
</context>
<context>
    <name>IroningBasketDialog</name>
    <message>
        <source>Ironing basket</source>
        <translation>Strijkmand</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>{minutes} min (settings)</source>
        <translation>{minutes} min (instellingen)</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Klant:</translation>
    </message>
    <message>
        <source>&amp;User number:</source>
        <translation>&amp;Gebruikersnummer:</translation>
    </message>
    <message>
        <source>&amp;Ironed by:</source>
        <translation>Gestreken &amp;door:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Ironing time:</source>
        <translation>&amp;Strijktijd:</translation>
    </message>
    <message>
        <source>Handling time:</source>
        <translation>Behandelingstijd:</translation>
    </message>
    <message>
        <source>Credit now:</source>
        <translation>Tegoed nu:</translation>
    </message>
    <message>
        <source>This basket:</source>
        <translation>Deze mand:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Tegoed</translation>
    </message>
    <message>
        <source>Credit history</source>
        <translation>Verloop van het tegoed</translation>
    </message>
    <message>
        <source>Choose a customer.</source>
        <translation>Kies een klant.</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Enter the ironing time.</source>
        <translation>Geef de strijktijd in.</translation>
    </message>
    <message numerus="yes">
        <source>{paid} min to pay → %n voucher(s); new credit {credit} min</source>
        <translation>
            <numerusform>{paid} min te betalen → %n cheque; nieuw tegoed {credit} min</numerusform>
            <numerusform>{paid} min te betalen → %n cheques; nieuw tegoed {credit} min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IroningSection</name>
    <message>
        <source>Ironing workshop</source>
        <translation>Strijkatelier</translation>
    </message>
    <message>
        <source>Minute credit: {minutes} min</source>
        <translation>Minutentegoed: {minutes} min</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>performed</source>
        <translation>uitgevoerd</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>geregistreerd</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bevestigd</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>betaald</translation>
    </message>
    <message>
        <source>contested</source>
        <translation>betwist</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>home help</source>
        <translation>huishoudhulp</translation>
    </message>
    <message>
        <source>ironing</source>
        <translation>strijkatelier</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>papier</translation>
    </message>
    <message>
        <source>electronic</source>
        <translation>elektronisch</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>standaard</translation>
    </message>
    <message>
        <source>special</source>
        <translation>bijzonder</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>vakantie</translation>
    </message>
    <message>
        <source>sickness</source>
        <translation>ziekte</translation>
    </message>
    <message>
        <source>training</source>
        <translation>opleiding</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>stopzetting</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>In order</source>
        <translation>In orde</translation>
    </message>
    <message>
        <source>Other hours</source>
        <translation>Andere uren</translation>
    </message>
    <message>
        <source>Other user number</source>
        <translation>Ander gebruikersnummer</translation>
    </message>
    <message>
        <source>Corrected in Pluxee</source>
        <translation>Gecorrigeerd in Pluxee</translation>
    </message>
    <message>
        <source>Missing here</source>
        <translation>Ontbreekt hier</translation>
    </message>
    <message>
        <source>Unknown number</source>
        <translation>Onbekend nummer</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>Twijfelgeval</translation>
    </message>
    <message>
        <source>Unknown helper</source>
        <translation>Onbekende medewerker</translation>
    </message>
    <message>
        <source>Status conflict</source>
        <translation>Statusconflict</translation>
    </message>
    <message>
        <source>Missing at Pluxee</source>
        <translation>Ontbreekt bij Pluxee</translation>
    </message>
    <message>
        <source>The same prestation here and at Pluxee; its status is brought up to date.</source>
        <translation>Dezelfde prestatie hier en bij Pluxee; de status wordt bijgewerkt.</translation>
    </message>
    <message>
        <source>Found here, but Pluxee has other hours than its electronic vouchers.</source>
        <translation>Hier gevonden, maar Pluxee heeft andere uren dan de elektronische cheques hier.</translation>
    </message>
    <message>
        <source>Pluxee has it on another user number than here: move it, or correct it in Pluxee.</source>
        <translation>Pluxee heeft ze op een ander gebruikersnummer dan hier: verplaats ze, of corrigeer ze in Pluxee.</translation>
    </message>
    <message>
        <source>Corrected in Pluxee&apos;s zone: taken off the list to correct.</source>
        <translation>Gecorrigeerd in de Pluxee-zone: van de lijst Te corrigeren in Pluxee gehaald.</translation>
    </message>
    <message>
        <source>Pluxee has it, this program has nothing that day: create it as Pluxee has it.</source>
        <translation>Pluxee heeft ze, hier staat die dag niets: maak ze aan zoals Pluxee ze heeft.</translation>
    </message>
    <message>
        <source>Pluxee&apos;s user number is not in this program.</source>
        <translation>Het gebruikersnummer van Pluxee staat niet in dit programma.</translation>
    </message>
    <message>
        <source>Pluxee&apos;s worker is not in this program (or has another INSZ).</source>
        <translation>De werknemer van Pluxee staat niet in dit programma (of heeft hier een ander INSZ).</translation>
    </message>
    <message>
        <source>More than one prestation here could be it: look at the candidates.</source>
        <translation>Meer dan één prestatie hier kan het zijn: bekijk de kandidaten.</translation>
    </message>
    <message>
        <source>Pluxee&apos;s status would move the status here backwards: not applied.</source>
        <translation>De status van Pluxee zou de status hier terugzetten: niet overgenomen.</translation>
    </message>
    <message>
        <source>Performed here with electronic vouchers, but not in Pluxee&apos;s export: register it in Pluxee.</source>
        <translation>Hier uitgevoerd met elektronische cheques, maar niet in de export van Pluxee: registreer ze in Pluxee.</translation>
    </message>
    <message>
        <source>Work ID</source>
        <translation>Work ID</translation>
    </message>
    <message>
        <source>User number</source>
        <translation>Gebruikersnummer</translation>
    </message>
    <message>
        <source>Date of work</source>
        <translation>Datum prestatie</translation>
    </message>
    <message>
        <source>Worker INSZ</source>
        <translation>INSZ werknemer</translation>
    </message>
    <message>
        <source>Worker name</source>
        <translation>Naam werknemer</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>Statusdatum</translation>
    </message>
    <message>
        <source>Encoding date</source>
        <translation>Datum ingave</translation>
    </message>
    <message>
        <source>Confirmation date</source>
        <translation>Datum bevestiging</translation>
    </message>
    <message>
        <source>Refund request date</source>
        <translation>Datum aanvraag terugbetaling</translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation>Datum terugbetaling</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Naam gebruiker</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Prestations</source>
        <translation>Prestaties</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellingen</translation>
    </message>
    <message>
        <source>Helpers</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Databank: {path}</translation>
    </message>
    <message>
        <source>{customers} customers · {numbers} user numbers · {prestations} prestations shown</source>
        <translation>{customers} klanten · {numbers} gebruikersnummers · {prestations} prestaties getoond</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>Instellingen wijzigen</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <source>Manual</source>
        <translation>Handleiding</translation>
    </message>
    <message>
        <source>Search the manual</source>
        <translation>Zoeken in de handleiding</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Vorige</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Volgende ▶</translation>
    </message>
    <message>
        <source>Previous hit (Shift+F3)</source>
        <translation>Vorige treffer (Shift+F3)</translation>
    </message>
    <message>
        <source>Next hit (Enter or F3)</source>
        <translation>Volgende treffer (Enter of F3)</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Terug</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Not found in the manual.</source>
        <translation>Niet gevonden in de handleiding.</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) on this page</source>
        <translation>
            <numerusform>%n treffer op deze pagina</numerusform>
            <numerusform>%n treffers op deze pagina</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>also in %n other chapter(s)</source>
        <translation>
            <numerusform>ook in %n ander hoofdstuk</numerusform>
            <numerusform>ook in %n andere hoofdstukken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Not possible</source>
        <translation>Niet mogelijk</translation>
    </message>
</context>
<context>
    <name>MoveCommands</name>
    <message numerus="yes">
        <source>Move %n prestation(s) to {target}</source>
        <translation>
            <numerusform>%n prestatie verplaatsen naar {target}</numerusform>
            <numerusform>%n prestaties verplaatsen naar {target}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n prestation(s) as corrected in Pluxee</source>
        <translation>
            <numerusform>%n prestatie afvinken als gecorrigeerd in Pluxee</numerusform>
            <numerusform>%n prestaties afvinken als gecorrigeerd in Pluxee</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveController</name>
    <message>
        <source>This customer has no active user number.</source>
        <translation>Deze klant heeft geen actief gebruikersnummer.</translation>
    </message>
    <message>
        <source>Which user number?</source>
        <translation>Welk gebruikersnummer?</translation>
    </message>
    <message>
        <source>Select the prestations to move first.</source>
        <translation>Kies eerst de prestaties die u wilt verplaatsen.</translation>
    </message>
    <message>
        <source>To correct in Pluxee</source>
        <translation>Te corrigeren in Pluxee</translation>
    </message>
    <message numerus="yes">
        <source>%n prestation(s) moved to {target}.</source>
        <translation>
            <numerusform>%n prestatie verplaatst naar {target}.</numerusform>
            <numerusform>%n prestaties verplaatst naar {target}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to correct in Pluxee.</source>
        <translation>
            <numerusform>%n te corrigeren in Pluxee.</numerusform>
            <numerusform>%n te corrigeren in Pluxee.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveTargetDialog</name>
    <message>
        <source>Move to…</source>
        <translation>Verplaatsen naar…</translation>
    </message>
    <message numerus="yes">
        <source>Move %n selected prestation(s) to this user number:</source>
        <translation>
            <numerusform>De gekozen prestatie verplaatsen naar dit gebruikersnummer:</numerusform>
            <numerusform>De %n gekozen prestaties verplaatsen naar dit gebruikersnummer:</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a user number or a name</source>
        <translation>Typ een gebruikersnummer of een naam</translation>
    </message>
    <message>
        <source>User number</source>
        <translation>Gebruikersnummer</translation>
    </message>
    <message>
        <source>Choose one active user number from the list.</source>
        <translation>Kies één actief gebruikersnummer uit de lijst.</translation>
    </message>
    <message>
        <source>Move to another customer?</source>
        <translation>Naar een andere klant verplaatsen?</translation>
    </message>
    <message>
        <source>{target} belongs to another customer than {customers}.</source>
        <translation>{target} hoort bij een andere klant dan {customers}.</translation>
    </message>
    <message>
        <source>Move the prestations to this customer anyway?</source>
        <translation>De prestaties toch naar deze klant verplaatsen?</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source>Edit order</source>
        <translation>Bestelling wijzigen</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Nieuwe bestelling</translation>
    </message>
    <message>
        <source>User number</source>
        <translation>Gebruikersnummer</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Besteldatum</translation>
    </message>
    <message>
        <source>Vouchers</source>
        <translation>Cheques</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Drager</translation>
    </message>
    <message>
        <source>as the payment mode</source>
        <translation>volgens de betaalwijze</translation>
    </message>
    <message>
        <source>Own unit price</source>
        <translation>Eigen eenheidsprijs</translation>
    </message>
    <message>
        <source>Unit price (€)</source>
        <translation>Eenheidsprijs (€)</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <source>Order date</source>
        <translation>Besteldatum</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>User number</source>
        <translation>Gebruikersnummer</translation>
    </message>
    <message>
        <source>Vouchers</source>
        <translation>Cheques</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Drager</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Eenheidsprijs</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>{count} vouchers at {price}</source>
        <translation>{count} cheques aan {price}</translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <source>All years</source>
        <translation>Alle jaren</translation>
    </message>
    <message>
        <source>Only the selection on the left</source>
        <translation>Enkel de selectie links</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Jaar:</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n bestelling</numerusform>
            <numerusform>%n bestellingen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayrollBatchRun</name>
    <message>
        <source>Counting the hours…</source>
        <translation>De uren worden geteld…</translation>
    </message>
    <message>
        <source>Monthly statements {month}</source>
        <translation>Maandstaten {month}</translation>
    </message>
    <message>
        <source>Making the monthly statements of {month}…</source>
        <translation>De maandstaten van {month} worden gemaakt…</translation>
    </message>
</context>
<context>
    <name>PayrollCodesPage</name>
    <message>
        <source>The codes in the file for the social secretariat (payroll-YYYY-MM.csv). Every secretariat has its own: ask yours for them. A code has at most 10 letters, digits, - or _; worked hours and absences need different codes.</source>
        <translation>De codes in het bestand voor het sociaal secretariaat (payroll-JJJJ-MM.csv). Elk secretariaat heeft zijn eigen codes: vraag ze op bij uw secretariaat. Een code heeft hoogstens 10 letters, cijfers, - of _; gewerkte uren en afwezigheden krijgen elk een eigen code.</translation>
    </message>
    <message>
        <source>Worked hours</source>
        <translation>Gewerkte uren</translation>
    </message>
    <message>
        <source>Absence of the helper</source>
        <translation>Afwezigheid van de medewerker</translation>
    </message>
    <message>
        <source>Absence of the customer, in the helper&apos;s schedule</source>
        <translation>Afwezigheid van de klant, binnen het uurrooster van de medewerker</translation>
    </message>
    <message>
        <source>Put back the &amp;shipped codes</source>
        <translation>&amp;Standaardcodes terugzetten</translation>
    </message>
    <message>
        <source>The codes the program comes with; saved only when you press OK</source>
        <translation>De codes waarmee het programma geleverd wordt; ze worden pas bewaard wanneer u op OK drukt</translation>
    </message>
    <message>
        <source>shipped: {code}</source>
        <translation>standaard: {code}</translation>
    </message>
    <message>
        <source>customer absent</source>
        <translation>klant afwezig</translation>
    </message>
</context>
<context>
    <name>PayrollDialog</name>
    <message>
        <source>Helpers&apos; monthly statements</source>
        <translation>Maandstaten medewerkers</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>Opnieuw &amp;controleren</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Maand</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>Kie&amp;zen…</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>Ma&amp;p</translation>
    </message>
    <message>
        <source>Make the &amp;statements</source>
        <translation>Maandstaten ma&amp;ken</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>&amp;View and print the statements</source>
        <translation>Maandstaten &amp;bekijken en afdrukken</translation>
    </message>
    <message>
        <source>View the &amp;office copy</source>
        <translation>&amp;Kantoorexemplaar bekijken</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>Map &amp;openen</translation>
    </message>
    <message>
        <source>&amp;Another month</source>
        <translation>&amp;Andere maand</translation>
    </message>
    <message>
        <source>Checking {month}…</source>
        <translation>Controle van {month}…</translation>
    </message>
    <message>
        <source>The month could not be checked because of an error.</source>
        <translation>De maand kon door een fout niet gecontroleerd worden.</translation>
    </message>
    <message>
        <source>Nothing was worked in {month} and nobody was absent: there are no statements to make.</source>
        <translation>In {month} is er niets gewerkt en was niemand afwezig: er zijn geen maandstaten te maken.</translation>
    </message>
    <message numerus="yes">
        <source>%n helper(s), {hours} hours worked in {month}.</source>
        <translation>
            <numerusform>%n medewerker, {hours} uur gewerkt in {month}.</numerusform>
            <numerusform>%n medewerkers, {hours} uur gewerkt in {month}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): look at them first. You may go on anyway; the office copy (kantoor.pdf) lists them too.</source>
        <translation>
            <numerusform>%n waarschuwing: kijk ze eerst na. U kunt toch verdergaan; het kantoorexemplaar (kantoor.pdf) vermeldt ze ook.</numerusform>
            <numerusform>%n waarschuwingen: kijk ze eerst na. U kunt toch verdergaan; het kantoorexemplaar (kantoor.pdf) vermeldt ze ook.</numerusform>
        </translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Geen waarschuwingen.</translation>
    </message>
    <message>
        <source>Choose a folder for the statements, such as {example}.</source>
        <translation>Kies een map voor de maandstaten, bijvoorbeeld {example}.</translation>
    </message>
    <message>
        <source>The statements of {month} are in {folder}.</source>
        <translation>De maandstaten van {month} staan in {folder}.</translation>
    </message>
    <message numerus="yes">
        <source>{name}: every statement together, to print (%n page(s))</source>
        <translation>
            <numerusform>{name}: alle maandstaten samen, om af te drukken (%n pagina)</numerusform>
            <numerusform>{name}: alle maandstaten samen, om af te drukken (%n pagina&apos;s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: an overview of the month and every statement with its warnings (%n page(s))</source>
        <translation>
            <numerusform>{name}: een overzicht van de maand en elke maandstaat met zijn waarschuwingen (%n pagina)</numerusform>
            <numerusform>{name}: een overzicht van de maand en elke maandstaat met zijn waarschuwingen (%n pagina&apos;s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n monthly statement(s), one per helper,</source>
        <translation>
            <numerusform>%n maandstaat, één per medewerker,</numerusform>
            <numerusform>%n maandstaten, één per medewerker,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and {name} for the social secretariat (%n line(s))</source>
        <translation>
            <numerusform>en {name} voor het sociaal secretariaat (%n lijn)</numerusform>
            <numerusform>en {name} voor het sociaal secretariaat (%n lijnen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly statements {month}</source>
        <translation>Maandstaten {month}</translation>
    </message>
    <message>
        <source>Monthly statements {month}: office copy</source>
        <translation>Maandstaten {month}: kantoorexemplaar</translation>
    </message>
    <message>
        <source>Folder for the statements</source>
        <translation>Map voor de maandstaten</translation>
    </message>
    <message>
        <source>{folder} already holds statements of {month}. Replace them?</source>
        <translation>In {folder} staan al maandstaten van {month}. Wilt u ze vervangen?</translation>
    </message>
</context>
<context>
    <name>PayrollFeature</name>
    <message>
        <source>Planning › Helpers&apos; monthly statements… brings the monthly statements of {month} back.</source>
        <translation>Planning › Maandstaten medewerkers… haalt de maandstaten van {month} terug.</translation>
    </message>
    <message>
        <source>Cancelled: no monthly statements were written; the folder is as it was.</source>
        <translation>Afgebroken: er zijn geen maandstaten geschreven; de map is ongewijzigd.</translation>
    </message>
    <message>
        <source>Helpers&apos; monthly statements</source>
        <translation>Maandstaten medewerkers</translation>
    </message>
</context>
<context>
    <name>PayrollWarningsPanel</name>
    <message>
        <source>Warnings</source>
        <translation>Waarschuwingen</translation>
    </message>
    <message>
        <source>Helper</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Show the &amp;prestations</source>
        <translation>P&amp;restaties tonen</translation>
    </message>
    <message>
        <source>Selects them in the Prestations tab; this window steps aside until you choose Planning › Helpers&apos; monthly statements… again</source>
        <translation>Selecteert ze in het tabblad Prestaties; dit venster gaat opzij tot u opnieuw Planning › Maandstaten medewerkers… kiest</translation>
    </message>
    <message>
        <source>Open the &amp;helper…</source>
        <translation>Mede&amp;werker openen…</translation>
    </message>
    <message>
        <source>Open the &amp;absence…</source>
        <translation>&amp;Afwezigheid openen…</translation>
    </message>
    <message>
        <source>The month</source>
        <translation>Hele maand</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>The plan</source>
        <translation>Het plan</translation>
    </message>
    <message>
        <source>Nothing has changed yet. Finish applies this plan; Undo takes it back.</source>
        <translation>Er is nog niets gewijzigd. Voltooien voert dit plan uit; Ongedaan maken draait het terug.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Helper</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation>Elektronisch</translation>
    </message>
    <message>
        <source>Paper left</source>
        <translation>Papier over</translation>
    </message>
    <message numerus="yes">
        <source>{number}: {used} of {held} paper vouchers used on %n prestation(s); electronic from {day}.</source>
        <translation>
            <numerusform>{number}: {used} van {held} papieren cheques gebruikt op %n prestatie; elektronisch vanaf {day}.</numerusform>
            <numerusform>{number}: {used} van {held} papieren cheques gebruikt op %n prestaties; elektronisch vanaf {day}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Planning</name>
    <message>
        <source>Schedules</source>
        <translation>Uurroosters</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Afwezigheden</translation>
    </message>
    <message>
        <source>Select the schedule to end first.</source>
        <translation>Selecteer eerst het uurrooster dat moet stoppen.</translation>
    </message>
    <message>
        <source>New schedule</source>
        <translation>Nieuw uurrooster</translation>
    </message>
    <message>
        <source>Edit schedule</source>
        <translation>Uurrooster wijzigen</translation>
    </message>
    <message>
        <source>End schedule on {date}</source>
        <translation>Uurrooster beëindigen op {date}</translation>
    </message>
    <message>
        <source>Delete this schedule? A schedule that already generated prestations can only be ended.</source>
        <translation>Dit uurrooster verwijderen? Een uurrooster dat al prestaties maakte, kan enkel beëindigd worden.</translation>
    </message>
    <message>
        <source>Delete schedule</source>
        <translation>Uurrooster verwijderen</translation>
    </message>
    <message>
        <source>New absence</source>
        <translation>Nieuwe afwezigheid</translation>
    </message>
    <message>
        <source>Edit absence</source>
        <translation>Afwezigheid wijzigen</translation>
    </message>
    <message>
        <source>Delete absence</source>
        <translation>Afwezigheid verwijderen</translation>
    </message>
    <message>
        <source>Delete this absence?</source>
        <translation>Deze afwezigheid verwijderen?</translation>
    </message>
    <message>
        <source>Generate {count} prestations ({start} to {end})</source>
        <translation>{count} prestaties genereren ({start} tot {end})</translation>
    </message>
    <message>
        <source>Generate prestations</source>
        <translation>Prestaties genereren</translation>
    </message>
    <message>
        <source>Writing {count} planned prestations…</source>
        <translation>{count} geplande prestaties worden weggeschreven…</translation>
    </message>
    <message>
        <source>Week review: {performed} performed, {cancelled} cancelled</source>
        <translation>Week nakijken: {performed} uitgevoerd, {cancelled} geannuleerd</translation>
    </message>
</context>
<context>
    <name>PluxeeColumnsDialog</name>
    <message>
        <source>Columns of the Pluxee export</source>
        <translation>Kolommen van de Pluxee-export</translation>
    </message>
    <message>
        <source>The columns of {file} were not all recognised. Choose for each field the column of the file that holds it; the choice is kept for files with these columns.</source>
        <translation>De kolommen van {file} zijn niet allemaal herkend. Kies voor elk veld de kolom van het bestand waarin het staat; die keuze wordt bewaard voor bestanden met deze kolommen.</translation>
    </message>
    <message>
        <source>Needed (the worker by INSZ or by name, or both)</source>
        <translation>Nodig (de werknemer via INSZ of naam, of beide)</translation>
    </message>
    <message>
        <source>Read when the file has them</source>
        <translation>Gelezen als het bestand ze heeft</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— niet in het bestand —</translation>
    </message>
    <message>
        <source>(empty header)</source>
        <translation>(lege kolomkop)</translation>
    </message>
    <message>
        <source>More than one column seems to be this one: choose.</source>
        <translation>Meer dan één kolom lijkt deze te zijn: kies er een.</translation>
    </message>
    <message>
        <source>Choose the column of: {fields}.</source>
        <translation>Kies de kolom van: {fields}.</translation>
    </message>
    <message>
        <source>Choose the column of the worker&apos;s INSZ or name.</source>
        <translation>Kies de kolom met het INSZ of de naam van de werknemer.</translation>
    </message>
    <message>
        <source>The column {header} is chosen for both {first} and {second}.</source>
        <translation>De kolom {header} is gekozen voor zowel {first} als {second}.</translation>
    </message>
</context>
<context>
    <name>PluxeeCommands</name>
    <message>
        <source>Read Pluxee export {file}</source>
        <translation>Pluxee-export {file} inlezen</translation>
    </message>
    <message>
        <source>This reading of the Pluxee export no longer exists.</source>
        <translation>Deze lezing van de Pluxee-export bestaat niet meer.</translation>
    </message>
    <message>
        <source>These rows are no longer in the last reading of the Pluxee export.</source>
        <translation>Deze regels staan niet meer in de laatste lezing van de Pluxee-export.</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n Pluxee row(s) handled</source>
        <translation>
            <numerusform>%n Pluxee-regel afhandelen</numerusform>
            <numerusform>%n Pluxee-regels afhandelen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open %n Pluxee row(s) again</source>
        <translation>
            <numerusform>%n Pluxee-regel weer openen</numerusform>
            <numerusform>%n Pluxee-regels weer openen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create %n prestation(s) as Pluxee has them</source>
        <translation>
            <numerusform>%n prestatie aanmaken zoals Pluxee ze heeft</numerusform>
            <numerusform>%n prestaties aanmaken zoals Pluxee ze heeft</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PluxeeFeature</name>
    <message>
        <source>Read Pluxee export</source>
        <translation>Pluxee-export inlezen</translation>
    </message>
    <message>
        <source>Pluxee export (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Pluxee-export (*.csv *.xlsx *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Pluxee</source>
        <translation>Pluxee</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} wordt gelezen…</translation>
    </message>
    <message>
        <source>Pluxee export not read: nothing was saved.</source>
        <translation>Pluxee-export niet ingelezen: er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Saving {file}…</source>
        <translation>{file} wordt opgeslagen…</translation>
    </message>
    <message numerus="yes">
        <source>Pluxee export {file} read: %n difference(s) on the work list.</source>
        <translation>
            <numerusform>Pluxee-export {file} ingelezen: %n verschil op de werklijst.</numerusform>
            <numerusform>Pluxee-export {file} ingelezen: %n verschillen op de werklijst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading cancelled: nothing was saved.</source>
        <translation>Inlezen geannuleerd: er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Pluxee export refused</source>
        <translation>Pluxee-export geweigerd</translation>
    </message>
    <message>
        <source>This prestation no longer exists.</source>
        <translation>Deze prestatie bestaat niet meer.</translation>
    </message>
</context>
<context>
    <name>PluxeePreviewDialog</name>
    <message>
        <source>Read Pluxee export</source>
        <translation>Pluxee-export inlezen</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>no rows</source>
        <translation>geen rijen</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Rijen:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Wat het betekent</translation>
    </message>
    <message numerus="yes">
        <source>%n prestation(s) will be brought up to date;</source>
        <translation>
            <numerusform>%n prestatie wordt bijgewerkt;</numerusform>
            <numerusform>%n prestaties worden bijgewerkt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) go to the work list of the Pluxee tab.</source>
        <translation>
            <numerusform>%n verschil komt op de werklijst van het tabblad Pluxee.</numerusform>
            <numerusform>%n verschillen komen op de werklijst van het tabblad Pluxee.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been saved yet.</source>
        <translation>Er is nog niets opgeslagen.</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Inlezen</translation>
    </message>
</context>
<context>
    <name>PluxeeTab</name>
    <message>
        <source>Select a row first.</source>
        <translation>Selecteer eerst een regel.</translation>
    </message>
    <message>
        <source>More than one prestation may be it: show the candidates.</source>
        <translation>Meer dan één prestatie kan het zijn: toon de kandidaten.</translation>
    </message>
    <message>
        <source>There is no prestation here for this row.</source>
        <translation>Voor deze regel is er hier geen prestatie.</translation>
    </message>
    <message>
        <source>Select one row to move its prestation.</source>
        <translation>Selecteer één regel om de prestatie te verplaatsen.</translation>
    </message>
    <message>
        <source>Only a prestation that Pluxee has on another user number is moved.</source>
        <translation>Alleen een prestatie die Pluxee op een ander gebruikersnummer heeft, wordt verplaatst.</translation>
    </message>
    <message>
        <source>This row is handled; open it again first.</source>
        <translation>Deze regel is afgehandeld; open hem eerst weer.</translation>
    </message>
    <message>
        <source>Pluxee has this prestation twice: delete this registration in Pluxee&apos;s zone.</source>
        <translation>Pluxee heeft deze prestatie dubbel: verwijder deze registratie in de Pluxee-zone.</translation>
    </message>
    <message>
        <source>Pluxee&apos;s user number is not in this program.</source>
        <translation>Het gebruikersnummer van Pluxee staat niet in dit programma.</translation>
    </message>
    <message>
        <source>The prestation is on Pluxee&apos;s user number already.</source>
        <translation>De prestatie staat al op het gebruikersnummer van Pluxee.</translation>
    </message>
    <message>
        <source>Select the rows missing here first.</source>
        <translation>Selecteer eerst de regels die hier ontbreken.</translation>
    </message>
    <message>
        <source>Only a prestation missing here can be created.</source>
        <translation>Alleen een prestatie die hier ontbreekt, kan aangemaakt worden.</translation>
    </message>
    <message>
        <source>Already created from this list.</source>
        <translation>Al aangemaakt vanuit deze lijst.</translation>
    </message>
    <message>
        <source>Cancelled at Pluxee: nothing to create.</source>
        <translation>Geannuleerd bij Pluxee: niets aan te maken.</translation>
    </message>
    <message>
        <source>Pluxee&apos;s activity is not one of this program.</source>
        <translation>De activiteit van Pluxee bestaat niet in dit programma.</translation>
    </message>
    <message>
        <source>The helper or the user number is not in this program.</source>
        <translation>De medewerker of het gebruikersnummer staat niet in dit programma.</translation>
    </message>
    <message>
        <source>Only for a row that more than one prestation here may be.</source>
        <translation>Alleen voor een regel waarvoor hier meer dan één prestatie in aanmerking komt.</translation>
    </message>
    <message>
        <source>The candidates are helpers with the same name: give each an INSZ.</source>
        <translation>De kandidaten zijn medewerkers met dezelfde naam: geef elk een INSZ.</translation>
    </message>
    <message>
        <source>In order: nothing to handle.</source>
        <translation>In orde: niets af te handelen.</translation>
    </message>
    <message>
        <source>No Pluxee export read yet. Download it in Pluxee&apos;s zone (Beheer van prestaties › Prestaties exporteren) and read it with File › Read Pluxee export…</source>
        <translation>Nog geen Pluxee-export ingelezen. Download ze in de Pluxee-zone (Beheer van prestaties › Prestaties exporteren) en lees ze in met Bestand › Pluxee-export inlezen…</translation>
    </message>
    <message>
        <source>period {first} – {last}</source>
        <translation>periode {first} – {last}</translation>
    </message>
    <message>
        <source>{file}, read on {when} by {who}</source>
        <translation>{file}, ingelezen op {when} door {who}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rij</numerusform>
            <numerusform>%n rijen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n verschil</numerusform>
            <numerusform>%n verschillen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prestation(s) brought up to date</source>
        <translation>
            <numerusform>%n prestatie bijgewerkt</numerusform>
            <numerusform>%n prestaties bijgewerkt</numerusform>
        </translation>
    </message>
    <message>
        <source>Last reading:</source>
        <translation>Laatste lezing:</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} u</translation>
    </message>
    <message>
        <source>Work ID {work_id}, line {line}</source>
        <translation>Work ID {work_id}, lijn {line}</translation>
    </message>
    <message>
        <source>not in the export</source>
        <translation>niet in de export</translation>
    </message>
    <message>
        <source>prestation {id}</source>
        <translation>prestatie {id}</translation>
    </message>
    <message>
        <source>{hours} h electronic</source>
        <translation>{hours} u elektronisch</translation>
    </message>
    <message>
        <source>prestation {id}, created from this list</source>
        <translation>prestatie {id}, aangemaakt vanuit deze lijst</translation>
    </message>
    <message numerus="yes">
        <source>one of %n prestation(s): {ids}</source>
        <translation>
            <numerusform>een van %n prestatie: {ids}</numerusform>
            <numerusform>een van %n prestaties: {ids}</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <source>Here:</source>
        <translation>Hier:</translation>
    </message>
    <message>
        <source>Show &amp;prestation</source>
        <translation>&amp;Prestatie tonen</translation>
    </message>
    <message>
        <source>&amp;Move to Pluxee&apos;s number</source>
        <translation>&amp;Verplaatsen naar het nummer van Pluxee</translation>
    </message>
    <message>
        <source>&amp;Create as Pluxee has it</source>
        <translation>&amp;Aanmaken zoals bij Pluxee</translation>
    </message>
    <message>
        <source>Show c&amp;andidates</source>
        <translation>&amp;Kandidaten tonen</translation>
    </message>
    <message>
        <source>Mark &amp;handled</source>
        <translation>A&amp;fgehandeld</translation>
    </message>
    <message>
        <source>Show handled</source>
        <translation>Afgehandelde tonen</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Tonen:</translation>
    </message>
    <message numerus="yes">
        <source>Needs action (%n)</source>
        <translation>
            <numerusform>Te bekijken (%n)</numerusform>
            <numerusform>Te bekijken (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everything (%n)</source>
        <translation>
            <numerusform>Alles (%n)</numerusform>
            <numerusform>Alles (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown</source>
        <translation>
            <numerusform>%n regel getoond</numerusform>
            <numerusform>%n regels getoond</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Move to {number}</source>
        <translation>&amp;Verplaatsen naar {number}</translation>
    </message>
    <message>
        <source>Open &amp;again</source>
        <translation>&amp;Weer openen</translation>
    </message>
    <message>
        <source>Select this prestation in the Prestations tab (Enter)</source>
        <translation>Selecteer deze prestatie in het tabblad Prestaties (Enter)</translation>
    </message>
    <message>
        <source>Move the prestation to the user number Pluxee has it on, and mark the row handled</source>
        <translation>Verplaats de prestatie naar het gebruikersnummer waarop Pluxee ze heeft, en vink de regel af</translation>
    </message>
    <message>
        <source>Create the prestation as Pluxee has it (all electronic) and mark the row handled</source>
        <translation>Maak de prestatie aan zoals Pluxee ze heeft (alles elektronisch) en vink de regel af</translation>
    </message>
    <message>
        <source>Select the prestations it may be in the Prestations tab</source>
        <translation>Selecteer de prestaties die het kunnen zijn in het tabblad Prestaties</translation>
    </message>
    <message>
        <source>Nothing more to do for these rows</source>
        <translation>Voor deze regels is er niets meer te doen</translation>
    </message>
    <message>
        <source>Show these rows as still to do</source>
        <translation>Toon deze regels weer als te doen</translation>
    </message>
</context>
<context>
    <name>PluxeeWorkModel</name>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Work ID</source>
        <translation>Work ID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>User
number</source>
        <translation>Gebruikers-
nummer</translation>
    </message>
    <message>
        <source>Helper</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Hours
Pluxee</source>
        <translation>Uren
Pluxee</translation>
    </message>
    <message>
        <source>Hours
here</source>
        <translation>Uren
hier</translation>
    </message>
    <message>
        <source>Status
Pluxee</source>
        <translation>Status
Pluxee</translation>
    </message>
    <message>
        <source>Status
here</source>
        <translation>Status
hier</translation>
    </message>
    <message>
        <source>Prestation</source>
        <translation>Prestatie</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
</context>
<context>
    <name>PrestationDialog</name>
    <message>
        <source>Edit prestation</source>
        <translation>Prestatie wijzigen</translation>
    </message>
    <message>
        <source>New prestation</source>
        <translation>Nieuwe prestatie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>User number</source>
        <translation>Gebruikersnummer</translation>
    </message>
    <message>
        <source>Type a number or a name</source>
        <translation>Typ een nummer of een naam</translation>
    </message>
    <message>
        <source>Helper</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Hours (vouchers)</source>
        <translation>Uren (cheques)</translation>
    </message>
    <message>
        <source>Paper / electronic</source>
        <translation>Papier / elektronisch</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>met de hand</translation>
    </message>
    <message>
        <source>Without this, the split follows the payment mode.</source>
        <translation>Zonder vinkje volgt de verdeling de betaalwijze.</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>papier</translation>
    </message>
    <message>
        <source>electronic</source>
        <translation>elektronisch</translation>
    </message>
</context>
<context>
    <name>PrestationTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>User number</source>
        <translation>Gebruikersnummer</translation>
    </message>
    <message>
        <source>Helper</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Paper / electronic</source>
        <translation>Papier / elektr.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Split set by hand: it no longer follows the payment mode.</source>
        <translation>Verdeling met de hand ingesteld: ze volgt de betaalwijze niet meer.</translation>
    </message>
    <message>
        <source>Changed after registration: correct it in Pluxee too.</source>
        <translation>Gewijzigd na registratie: corrigeer dit ook in Pluxee.</translation>
    </message>
</context>
<context>
    <name>PrestationsTab</name>
    <message>
        <source>All dates</source>
        <translation>Alle datums</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Deze maand</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dit jaar</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>Van – tot</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>Alle activiteiten</translation>
    </message>
    <message>
        <source>Only the selection on the left</source>
        <translation>Enkel de selectie links</translation>
    </message>
    <message>
        <source>Search customer, user number, helper</source>
        <translation>Zoek klant, gebruikersnummer, medewerker</translation>
    </message>
    <message>
        <source>All helpers</source>
        <translation>Alle medewerkers</translation>
    </message>
    <message numerus="yes">
        <source>%n prestation(s)</source>
        <translation>
            <numerusform>%n prestatie</numerusform>
            <numerusform>%n prestaties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{date}, {number} ({holder}), {helper}, {activity}, %n hour(s)</source>
        <translation>
            <numerusform>{date}, {number} ({holder}), {helper}, {activity}, %n uur</numerusform>
            <numerusform>{date}, {number} ({holder}), {helper}, {activity}, %n uur</numerusform>
        </translation>
    </message>
    <message>
        <source>Prestation added: {what}.</source>
        <translation>Prestatie toegevoegd: {what}.</translation>
    </message>
    <message>
        <source>Prestation added: {what} (not shown with the filters above).</source>
        <translation>Prestatie toegevoegd: {what} (niet zichtbaar met de filters hierboven).</translation>
    </message>
</context>
<context>
    <name>QuickEntryBar</name>
    <message>
        <source>User number or name</source>
        <translation>Gebruikersnummer of naam</translation>
    </message>
    <message>
        <source>Helper</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source> h</source>
        <translation> u</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Save this prestation (Enter)</source>
        <translation>Deze prestatie bewaren (Enter)</translation>
    </message>
    <message>
        <source>Quick entry:</source>
        <translation>Snel invoeren:</translation>
    </message>
    <message>
        <source>Choose a user number.</source>
        <translation>Kies een gebruikersnummer.</translation>
    </message>
    <message>
        <source>Choose a helper.</source>
        <translation>Kies een medewerker.</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>New refund</source>
        <translation>Nieuwe terugbetaling</translation>
    </message>
    <message>
        <source>User number</source>
        <translation>Gebruikersnummer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Vouchers</source>
        <translation>Cheques</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Drager</translation>
    </message>
    <message>
        <source>Amount (€)</source>
        <translation>Bedrag (€)</translation>
    </message>
</context>
<context>
    <name>Refunds</name>
    <message>
        <source>Select a user number on the left first.</source>
        <translation>Kies eerst links een gebruikersnummer.</translation>
    </message>
    <message numerus="yes">
        <source>Refund of %n voucher(s)</source>
        <translation>
            <numerusform>Terugbetaling van %n cheque</numerusform>
            <numerusform>Terugbetaling van %n cheques</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete refund</source>
        <translation>Terugbetaling verwijderen</translation>
    </message>
    <message>
        <source>Delete this refund?</source>
        <translation>Deze terugbetaling verwijderen?</translation>
    </message>
</context>
<context>
    <name>RefundsDialog</name>
    <message>
        <source>Refunds of {number}</source>
        <translation>Terugbetalingen van {number}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Vouchers</source>
        <translation>Cheques</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Drager</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>No vouchers were refunded for this user number.</source>
        <translation>Voor dit gebruikersnummer werden nog geen cheques terugbetaald.</translation>
    </message>
    <message>
        <source>&amp;Add refund…</source>
        <translation>&amp;Terugbetaling toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Delete refund…</source>
        <translation>Terugbetaling &amp;verwijderen…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>Choose the backup to put back. The data as it is now is backed up first, so the restore itself can be undone by restoring that backup.
Backup folder: {folder}</source>
        <translation>Kies de back-up die u wilt terugzetten. Van de gegevens zoals ze nu zijn, wordt eerst een back-up gemaakt, zodat u het terugzetten zelf ongedaan kan maken door die back-up terug te zetten.
Back-upmap: {folder}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Prestations</source>
        <translation>Prestaties</translation>
    </message>
    <message>
        <source>(before a restore)</source>
        <translation>(vóór terugzetten)</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>beschadigd</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>There are no backups in this folder yet.</source>
        <translation>Er staan nog geen back-ups in deze map.</translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <source>Backup folder</source>
        <translation>Back-upmap</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Empty: the folder &apos;backups&apos; beside the database. A backup is made when the program starts and closes (at most once a day); 7 daily, 4 weekly and 12 monthly backups are kept.</source>
        <translation>Leeg: de map &apos;backups&apos; naast de databank. Er wordt een back-up gemaakt bij het starten en sluiten van het programma (hoogstens één per dag); 7 dagelijkse, 4 wekelijkse en 12 maandelijkse back-ups worden bewaard.</translation>
    </message>
    <message>
        <source>Allow the database on a network drive or in a synced folder on this PC (not recommended)</source>
        <translation>De databank op een netwerkschijf of in een gesynchroniseerde map toestaan op deze PC (afgeraden)</translation>
    </message>
    <message>
        <source>The backup folder must be a full path, such as D:\Backups.</source>
        <translation>De back-upmap moet een volledig pad zijn, zoals D:\Backups.</translation>
    </message>
</context>
<context>
    <name>SafetyTasks</name>
    <message>
        <source>Closing</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Making today&apos;s backup before closing…</source>
        <translation>De back-up van vandaag wordt gemaakt voor het afsluiten…</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Edit schedule</source>
        <translation>Uurrooster wijzigen</translation>
    </message>
    <message>
        <source>New schedule</source>
        <translation>Nieuw uurrooster</translation>
    </message>
    <message>
        <source>Helper</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>User number</source>
        <translation>Gebruikersnummer</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Weekdag</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Beginuur</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Herhaling</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>elke week</translation>
    </message>
    <message>
        <source>every other week</source>
        <translation>om de twee weken</translation>
    </message>
    <message>
        <source>First date</source>
        <translation>Eerste datum</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Stopt</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>Laatste datum</translation>
    </message>
</context>
<context>
    <name>ScheduleModels</name>
    <message>
        <source>everything</source>
        <translation>alles</translation>
    </message>
</context>
<context>
    <name>ScheduleTableModel</name>
    <message>
        <source>Helper</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>User number</source>
        <translation>Gebruikersnummer</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Weekdag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Ritme</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>week</source>
        <translation>week</translation>
    </message>
    <message>
        <source>2 weeks</source>
        <translation>2 weken</translation>
    </message>
</context>
<context>
    <name>SchedulesTab</name>
    <message>
        <source>Search schedules (helper, customer, number)</source>
        <translation>Zoek uurroosters (medewerker, klant, nummer)</translation>
    </message>
    <message>
        <source>Show ended schedules</source>
        <translation>Toon beëindigde uurroosters</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <source>Week per helper</source>
        <translation>Week per medewerker</translation>
    </message>
    <message numerus="yes">
        <source>%n schedule(s)</source>
        <translation>
            <numerusform>%n uurrooster</numerusform>
            <numerusform>%n uurroosters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Yearly rules</source>
        <translation>Regels per jaar</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>Payroll codes</source>
        <translation>Looncodes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Straat en nummer</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Recognition number</source>
        <translation>Erkenningsnummer</translation>
    </message>
    <message>
        <source>These details appear on the yearly statements.</source>
        <translation>Deze gegevens staan op de jaaroverzichten.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Price (€)</source>
        <translation>Prijs (€)</translation>
    </message>
    <message>
        <source>Higher price (€)</source>
        <translation>Hogere prijs (€)</translation>
    </message>
    <message>
        <source>Higher price above</source>
        <translation>Hogere prijs boven</translation>
    </message>
    <message>
        <source>Personal max</source>
        <translation>Persoonlijk max.</translation>
    </message>
    <message>
        <source>Household max</source>
        <translation>Gezin max.</translation>
    </message>
    <message>
        <source>Special max</source>
        <translation>Bijzonder max.</translation>
    </message>
    <message>
        <source>Valid (months)</source>
        <translation>Geldig (maanden)</translation>
    </message>
    <message>
        <source>Validity from month</source>
        <translation>Geldigheid vanaf maand</translation>
    </message>
    <message>
        <source>Tax reduction (%)</source>
        <translation>Belastingvermindering (%)</translation>
    </message>
    <message>
        <source>Fiscal ceiling (€)</source>
        <translation>Fiscaal plafond (€)</translation>
    </message>
    <message>
        <source>Last paper order</source>
        <translation>Laatste papieren bestelling</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Amounts in euros (e.g. 10,00). Edit a cell to change the rules of that year.</source>
        <translation>Bedragen in euro (bv. 10,00). Wijzig een cel om de regels van dat jaar aan te passen.</translation>
    </message>
    <message>
        <source>Language of the program</source>
        <translation>Taal van het programma</translation>
    </message>
    <message>
        <source>A new language takes effect when the program restarts.</source>
        <translation>Een nieuwe taal geldt vanaf de volgende start van het programma.</translation>
    </message>
    <message>
        <source>Row {row}, {column}: &apos;{text}&apos; is not valid.</source>
        <translation>Rij {row}, {column}: &apos;{text}&apos; is ongeldig.</translation>
    </message>
    <message>
        <source>The company name is required.</source>
        <translation>De bedrijfsnaam is verplicht.</translation>
    </message>
</context>
<context>
    <name>SplitEditor</name>
    <message>
        <source>Paper / electronic split</source>
        <translation>Verdeling papier / elektronisch</translation>
    </message>
    <message numerus="yes">
        <source>%n voucher(s)</source>
        <translation>
            <numerusform>%n cheque</numerusform>
            <numerusform>%n cheques</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>&amp;Electronic:</source>
        <translation>&amp;Elektronisch:</translation>
    </message>
    <message>
        <source>Back to &amp;default</source>
        <translation>Terug naar &amp;standaard</translation>
    </message>
    <message>
        <source>The split follows the payment mode on the prestation date again.</source>
        <translation>De verdeling volgt opnieuw de betaalwijze op de datum van de prestatie.</translation>
    </message>
    <message numerus="yes">
        <source>%n prestation(s) of {hours} hours.</source>
        <translation>
            <numerusform>%n prestatie van {hours} uren.</numerusform>
            <numerusform>%n prestaties van {hours} uren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prestation(s) with different hours.</source>
        <translation>
            <numerusform>%n prestatie met verschillende uren.</numerusform>
            <numerusform>%n prestaties met verschillende uren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Now: {paper} paper + {electronic} electronic.</source>
        <translation>Nu: {paper} papier + {electronic} elektronisch.</translation>
    </message>
    <message>
        <source>Default: {paper} paper + {electronic} electronic.</source>
        <translation>Standaard: {paper} papier + {electronic} elektronisch.</translation>
    </message>
    <message numerus="yes">
        <source>%n set by hand.</source>
        <translation>
            <numerusform>%n met de hand ingesteld.</numerusform>
            <numerusform>%n met de hand ingesteld.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Take over the lock only if you are sure the program is no longer open there; two programs writing at once can lose data.</source>
        <translation>Neem het slot alleen over als u zeker weet dat het programma daar niet meer open is; twee programma&apos;s die tegelijk schrijven, kunnen gegevens verliezen.</translation>
    </message>
    <message>
        <source>Take over the lock</source>
        <translation>Slot overnemen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Allow on this PC from now on</source>
        <translation>Voortaan toestaan op deze PC</translation>
    </message>
    <message>
        <source>The newest good backup is from {when}. Put it back? The damaged file is kept beside it, renamed, so nothing is thrown away.</source>
        <translation>De nieuwste goede back-up is van {when}. Die terugzetten? Het beschadigde bestand blijft ernaast staan onder een andere naam, zodat er niets verloren gaat.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>There is no good backup in {folder}; ask for help before doing anything else with this file.</source>
        <translation>Er staat geen goede back-up in {folder}; vraag hulp voordat u nog iets met dit bestand doet.</translation>
    </message>
</context>
<context>
    <name>StatementActions</name>
    <message>
        <source>Select a user number first.</source>
        <translation>Kies eerst een gebruikersnummer.</translation>
    </message>
    <message>
        <source>Cancelled: no yearly statements were written.</source>
        <translation>Afgebroken: er zijn geen jaaroverzichten geschreven.</translation>
    </message>
    <message numerus="yes">
        <source>%n yearly statement(s) written to {folder}.</source>
        <translation>
            <numerusform>%n jaaroverzicht geschreven naar {folder}.</numerusform>
            <numerusform>%n jaaroverzichten geschreven naar {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yearly statements</source>
        <translation>Jaaroverzichten</translation>
    </message>
</context>
<context>
    <name>StatementBatchRun</name>
    <message>
        <source>Yearly statements {year}</source>
        <translation>Jaaroverzichten {year}</translation>
    </message>
    <message>
        <source>Making the yearly statements of {year}…</source>
        <translation>De jaaroverzichten van {year} worden gemaakt…</translation>
    </message>
</context>
<context>
    <name>StatementOptionsDialog</name>
    <message>
        <source>Yearly statements</source>
        <translation>Jaaroverzichten</translation>
    </message>
    <message>
        <source>Yearly statement</source>
        <translation>Jaaroverzicht</translation>
    </message>
    <message>
        <source>Year of the orders</source>
        <translation>Jaar van de bestellingen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Folder for the PDFs</source>
        <translation>Map voor de PDF&apos;s</translation>
    </message>
    <message>
        <source>Choose a folder for the PDFs.</source>
        <translation>Kies een map voor de PDF&apos;s.</translation>
    </message>
</context>
<context>
    <name>StatementPreviewDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>Op&amp;slaan als…</translation>
    </message>
    <message>
        <source>Yearly statement {year}: {number} {holder}</source>
        <translation>Jaaroverzicht {year}: {number} {holder}</translation>
    </message>
    <message>
        <source>Save {document}</source>
        <translation>Opslaan: {document}</translation>
    </message>
    <message>
        <source>Save yearly statement</source>
        <translation>Jaaroverzicht opslaan</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Print {document}</source>
        <translation>Afdrukken: {document}</translation>
    </message>
    <message>
        <source>Print yearly statement</source>
        <translation>Jaaroverzicht afdrukken</translation>
    </message>
</context>
<context>
    <name>SwitchoverWizard</name>
    <message>
        <source>Paper to electronic</source>
        <translation>Van papier naar elektronisch</translation>
    </message>
</context>
<context>
    <name>TaskRun</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Bezig met afbreken…</translation>
    </message>
</context>
<context>
    <name>UserNumberDialog</name>
    <message>
        <source>Edit user number</source>
        <translation>Gebruikersnummer wijzigen</translation>
    </message>
    <message>
        <source>New user number</source>
        <translation>Nieuw gebruikersnummer</translation>
    </message>
    <message>
        <source>User number (12 digits)</source>
        <translation>Gebruikersnummer (12 cijfers)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Houder</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Quotum</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Payment mode</source>
        <translation>Betaalwijze</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>Pays with</source>
        <translation>Betaalt met</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Give at least one payment mode with its start date.</source>
        <translation>Geef minstens één betaalwijze met haar begindatum.</translation>
    </message>
</context>
<context>
    <name>UserNumberSection</name>
    <message>
        <source>User number</source>
        <translation>Gebruikersnummer</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Payment mode</source>
        <translation>Betaalwijze</translation>
    </message>
    <message>
        <source>Quota: {quota}</source>
        <translation>Quotum: {quota}</translation>
    </message>
    <message>
        <source>from {date}: {mode}</source>
        <translation>vanaf {date}: {mode}</translation>
    </message>
</context>
<context>
    <name>VoucherTools</name>
    <message>
        <source>Select one or more prestations in the table first.</source>
        <translation>Selecteer eerst een of meer prestaties in de tabel.</translation>
    </message>
    <message numerus="yes">
        <source>Split of %n prestation(s) back to default</source>
        <translation>
            <numerusform>Verdeling van %n prestatie terug naar standaard</numerusform>
            <numerusform>Verdeling van %n prestaties terug naar standaard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Split %n prestation(s): {paper} paper + {electronic} electronic</source>
        <translation>
            <numerusform>%n prestatie verdelen: {paper} papier + {electronic} elektronisch</numerusform>
            <numerusform>%n prestaties verdelen: {paper} papier + {electronic} elektronisch</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch {number} to electronic</source>
        <translation>{number} overschakelen naar elektronisch</translation>
    </message>
    <message>
        <source>Ironing basket for {name}</source>
        <translation>Strijkmand voor {name}</translation>
    </message>
</context>
<context>
    <name>WalletPanel</name>
    <message>
        <source>Electronic</source>
        <translation>Elektronisch</translation>
    </message>
    <message>
        <source>Ordered:</source>
        <translation>Besteld:</translation>
    </message>
    <message>
        <source>Used:</source>
        <translation>Gebruikt:</translation>
    </message>
    <message>
        <source>Refunded:</source>
        <translation>Terugbetaald:</translation>
    </message>
    <message>
        <source>Available:</source>
        <translation>Beschikbaar:</translation>
    </message>
    <message>
        <source>Expiring within 60 days:</source>
        <translation>Vervalt binnen 60 dagen:</translation>
    </message>
    <message>
        <source>Personal:</source>
        <translation>Persoonlijk:</translation>
    </message>
    <message>
        <source>Household:</source>
        <translation>Gezin:</translation>
    </message>
    <message>
        <source>Price tier:</source>
        <translation>Prijsschijf:</translation>
    </message>
    <message>
        <source>{used} (+{unpaid} waiting for an order)</source>
        <translation>{used} (+{unpaid} wachten op een bestelling)</translation>
    </message>
    <message>
        <source>{count} on {day} (order of {ordered})</source>
        <translation>{count} op {day} (bestelling van {ordered})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Forecast: {text}</source>
        <translation>Vooruitzicht: {text}</translation>
    </message>
    <message>
        <source>Quota {year}</source>
        <translation>Quotum {year}</translation>
    </message>
    <message>
        <source>special quota: not counted</source>
        <translation>bijzonder quotum: telt niet mee</translation>
    </message>
    <message>
        <source>special quota: base price {price}</source>
        <translation>bijzonder quotum: basisprijs {price}</translation>
    </message>
    <message>
        <source>higher price {price} (above {threshold} vouchers)</source>
        <translation>hogere prijs {price} (boven {threshold} cheques)</translation>
    </message>
    <message>
        <source>base price {price} (up to {threshold} vouchers)</source>
        <translation>basisprijs {price} (tot {threshold} cheques)</translation>
    </message>
    <message>
        <source>{value} of {maximum}</source>
        <translation>{value} van {maximum}</translation>
    </message>
</context>
<context>
    <name>WalletSection</name>
    <message>
        <source>Wallet and quota</source>
        <translation>Portefeuille en quotum</translation>
    </message>
</context>
<context>
    <name>WeekReviewDialog</name>
    <message>
        <source>Cancel prestation</source>
        <translation>Prestatie annuleren</translation>
    </message>
    <message>
        <source>Reason for cancelling {what}:</source>
        <translation>Reden voor het annuleren van {what}:</translation>
    </message>
    <message>
        <source>Week review</source>
        <translation>Week nakijken</translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ Vorige week</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>Volgende week ▶</translation>
    </message>
    <message>
        <source>Performed</source>
        <translation>Uitgevoerd</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>User number</source>
        <translation>Gebruikersnummer</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Waarschuwingen</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>&amp;Alles aanvinken</translation>
    </message>
    <message>
        <source>&amp;Untick all</source>
        <translation>Alles &amp;uitvinken</translation>
    </message>
    <message>
        <source>&amp;Cancel prestation…</source>
        <translation>Prestatie a&amp;nnuleren…</translation>
    </message>
    <message>
        <source>Week of:</source>
        <translation>Week van:</translation>
    </message>
    <message>
        <source>{helper} — {count} prestations, {hours} h</source>
        <translation>{helper} — {count} prestaties, {hours} u</translation>
    </message>
    <message>
        <source> h</source>
        <translation> u</translation>
    </message>
    <message>
        <source>cancelled: {reason}</source>
        <translation>geannuleerd: {reason}</translation>
    </message>
    <message>
        <source>{planned} planned prestations: {performed} to mark performed, {left} left planned, {cancelled} cancelled.</source>
        <translation>{planned} geplande prestaties: {performed} als uitgevoerd te markeren, {left} blijven gepland, {cancelled} geannuleerd.</translation>
    </message>
</context>
<context>
    <name>Weekdays</name>
    <message>
        <source>Monday</source>
        <translation>maandag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>dinsdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>woensdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>donderdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vrijdag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>zaterdag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>zondag</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>wo</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>za</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>zo</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>example-customers.csv</source>
        <translation>voorbeeld-klanten.csv</translation>
    </message>
    <message>
        <source>example-user-numbers.csv</source>
        <translation>voorbeeld-gebruikersnummers.csv</translation>
    </message>
    <message>
        <source>example-helpers.csv</source>
        <translation>voorbeeld-medewerkers.csv</translation>
    </message>
    <message>
        <source>Save example file</source>
        <translation>Voorbeeldbestand opslaan</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Open a demo database</source>
        <translation>Een demodatabank openen</translation>
    </message>
    <message>
        <source>Make a demo database with invented customers, helpers and prestations in a temporary folder, and work in it for now?

Your own database stays as it is (empty); the program opens it again at the next start.</source>
        <translation>Een demodatabank met verzonnen klanten, medewerkers en prestaties maken in een tijdelijke map, en voorlopig daarin werken?

Uw eigen databank blijft zoals ze is (leeg); bij de volgende start opent het programma die weer.</translation>
    </message>
    <message>
        <source>Make the demo</source>
        <translation>Demo maken</translation>
    </message>
    <message>
        <source>Example saved</source>
        <translation>Voorbeeld opgeslagen</translation>
    </message>
    <message>
        <source>The example file was saved as {path}.

Open it in Excel or LibreOffice, replace the example rows by your own data, save it as CSV (UTF-8) and choose Import… beside it.</source>
        <translation>Het voorbeeldbestand is opgeslagen als {path}.

Open het in Excel of LibreOffice, vervang de voorbeeldregels door uw eigen gegevens, sla het op als CSV (UTF-8) en kies dan Importeren… ernaast.</translation>
    </message>
    <message>
        <source>No temporary folder could be made for the demo: {reason}</source>
        <translation>Er kon geen tijdelijke map voor de demo gemaakt worden: {reason}</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>Demodatabank</translation>
    </message>
    <message>
        <source>Making the demo database…</source>
        <translation>De demodatabank wordt gemaakt…</translation>
    </message>
    <message>
        <source>The demo database is ready in {path}. Start the program with this file to look around in it.</source>
        <translation>De demodatabank staat klaar in {path}. Start het programma met dit bestand om erin rond te kijken.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to {app}</source>
        <translation>Welkom bij {app}</translation>
    </message>
    <message>
        <source>{app} is the back office of a service-voucher company: customers and their user numbers, helpers, prestations and voucher orders, all in one place. It splits each prestation between paper and electronic vouchers, keeps track of wallets and quotas, and makes the yearly statements for the customers.</source>
        <translation>{app} is de backoffice van een dienstenchequebedrijf: klanten en hun gebruikersnummers, medewerkers, prestaties en chequebestellingen op één plaats. Het verdeelt elke prestatie over papieren en elektronische cheques, volgt portefeuilles en quota op en maakt de jaaroverzichten voor de klanten.</translation>
    </message>
    <message>
        <source>This database is still empty. Choose how you want to begin:</source>
        <translation>Deze databank is nog leeg. Kies hoe u wilt beginnen:</translation>
    </message>
    <message>
        <source>1. Company details</source>
        <translation>1. Bedrijfsgegevens</translation>
    </message>
    <message>
        <source>Name, address and recognition number of the company: they are printed on every yearly statement. Opens Settings on the Company tab.</source>
        <translation>Naam, adres en erkenningsnummer van het bedrijf: ze staan op elk jaaroverzicht. Opent Instellingen op het tabblad Bedrijf.</translation>
    </message>
    <message>
        <source>2. Import from CSV</source>
        <translation>2. Importeren uit CSV</translation>
    </message>
    <message>
        <source>Customers, user numbers and helpers already in a spreadsheet or another program? Save them as CSV (UTF-8) with these columns and import them in this order. Bold with * is required; the Dutch column name in brackets is accepted too.</source>
        <translation>Staan klanten, gebruikersnummers en medewerkers al in een rekenblad of een ander programma? Sla ze op als CSV (UTF-8) met deze kolommen en importeer ze in deze volgorde. Vet met * is verplicht; de Nederlandse kolomnaam tussen haakjes mag ook.</translation>
    </message>
    <message>
        <source>Save example…</source>
        <translation>Voorbeeld opslaan…</translation>
    </message>
    <message>
        <source>Save a small example file in exactly this format, to fill in with your own data</source>
        <translation>Een klein voorbeeldbestand in precies dit formaat opslaan, om aan te vullen met uw eigen gegevens</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <source>3. First customer</source>
        <translation>3. Eerste klant</translation>
    </message>
    <message>
        <source>Type in a customer with name and address; then add the customer&apos;s user numbers and the helpers, and enter the first prestations.</source>
        <translation>Typ een klant in met naam en adres; voeg daarna de gebruikersnummers van de klant en de medewerkers toe, en voer de eerste prestaties in.</translation>
    </message>
    <message>
        <source>4. Demo database</source>
        <translation>4. Demodatabank</translation>
    </message>
    <message>
        <source>Look around in a database with 40 invented customers, their prestations and orders. It is made in a temporary folder; your own database stays empty and opens again at the next start.</source>
        <translation>Kijk rond in een databank met 40 verzonnen klanten, hun prestaties en bestellingen. Ze wordt gemaakt in een tijdelijke map; uw eigen databank blijft leeg en opent weer bij de volgende start.</translation>
    </message>
    <message>
        <source>Open the manual (F1)</source>
        <translation>Handleiding openen (F1)</translation>
    </message>
    <message>
        <source>The manual explains every task step by step; Help › Manual opens it at any time.</source>
        <translation>De handleiding legt elke taak stap voor stap uit; Help › Handleiding opent ze op elk moment.</translation>
    </message>
</context>
<context>
    <name>WindowSession</name>
    <message>
        <source>Today&apos;s backup could not be made: {reason}</source>
        <translation>De back-up van vandaag kon niet gemaakt worden: {reason}</translation>
    </message>
</context>
</TS>
