<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AbsenceDialog</name>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/absence.py" line="29"/>
        <source>Edit absence</source>
        <translation>Afwezigheid wijzigen</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/absence.py" line="30"/>
        <source>New absence</source>
        <translation>Nieuwe afwezigheid</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/absence.py" line="35"/>
        <source>A helper</source>
        <translation>Een medewerker</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/absence.py" line="36"/>
        <source>A customer</source>
        <translation>Een klant</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/absence.py" line="40"/>
        <source>Who is away</source>
        <translation>Wie is afwezig</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/absence.py" line="41"/>
        <source>Helper</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/absence.py" line="43"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/absence.py" line="45"/>
        <source>Stops</source>
        <translation>Stopt</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/absence.py" line="46"/>
        <source>everything</source>
        <translation>alles</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/absence.py" line="49"/>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/absence.py" line="50"/>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/absence.py" line="51"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/absence.py" line="52"/>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/absence.py" line="97"/>
        <source>Choose a helper.</source>
        <translation>Kies een medewerker.</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/absence.py" line="98"/>
        <source>Choose a customer.</source>
        <translation>Kies een klant.</translation>
    </message>
</context>
<context>
    <name>AbsenceTableModel</name>
    <message>
        <location filename="../../inharmony_desktop/ui/models/schedules.py" line="173"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/schedules.py" line="173"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/schedules.py" line="174"/>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/schedules.py" line="174"/>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/schedules.py" line="175"/>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/schedules.py" line="175"/>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/schedules.py" line="176"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/schedules.py" line="176"/>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/schedules.py" line="183"/>
        <source>helper</source>
        <translation>medewerker</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/schedules.py" line="184"/>
        <source>customer</source>
        <translation>klant</translation>
    </message>
</context>
<context>
    <name>AbsencesTab</name>
    <message>
        <location filename="../../inharmony_desktop/ui/tabs/absences.py" line="37"/>
        <source>Search absences</source>
        <translation>Zoek afwezigheden</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/tabs/absences.py" line="40"/>
        <source>Show past absences</source>
        <translation>Toon voorbije afwezigheden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inharmony_desktop/ui/tabs/absences.py" line="60"/>
        <source>%n absence(s)</source>
        <translation>
            <numerusform>%n afwezigheid</numerusform>
            <numerusform>%n afwezigheden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../inharmony_desktop/ui/actions.py" line="28"/>
        <source>New &amp;prestation…</source>
        <translation>Nieuwe &amp;prestatie…</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/actions.py" line="31"/>
        <source>&amp;Quick entry</source>
        <translation>&amp;Snel invoeren</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/actions.py" line="33"/>
        <source>Type date, user number, helper and hours in the Prestations tab; Enter saves</source>
        <translation>Typ datum, gebruikersnummer, medewerker en uren in het tabblad Prestaties; Enter bewaart</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/actions.py" line="37"/>
        <source>New &amp;customer…</source>
        <translation>Nieuwe &amp;klant…</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/actions.py" line="40"/>
        <source>New &amp;user number…</source>
        <translation>Nieuw &amp;gebruikersnummer…</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/actions.py" line="43"/>
        <source>New &amp;helper…</source>
        <translation>Nieuwe &amp;medewerker…</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/actions.py" line="46"/>
        <source>New &amp;order…</source>
        <translation>Nieuwe &amp;bestelling…</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/actions.py" line="49"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/actions.py" line="54"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/actions.py" line="57"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/actions.py" line="62"/>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;doen</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/actions.py" line="69"/>
        <source>&amp;Move to…</source>
        <translation>&amp;Verplaatsen naar…</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/actions.py" line="72"/>
        <source>&amp;History…</source>
        <translation>&amp;Geschiedenis…</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/actions.py" line="75"/>
        <source>To &amp;correct in Pluxee</source>
        <translation>Te &amp;corrigeren in Pluxee</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/actions.py" line="78"/>
        <source>&amp;Find customer</source>
        <translation>Klant &amp;zoeken</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/actions.py" line="83"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/actions.py" line="88"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/actions.py" line="93"/>
        <source>Paper/electronic &amp;split…</source>
        <translation>&amp;Verdeling papier/elektronisch…</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/actions.py" line="95"/>
        <source>Switch to &amp;electronic…</source>
        <translation>Overschakelen naar &amp;elektronisch…</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/actions.py" line="97"/>
        <source>&amp;Ironing basket…</source>
        <translation>&amp;Strijkmand…</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/actions.py" line="99"/>
        <source>&amp;Refunds…</source>
        <translation>&amp;Terugbetalingen…</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/actions.py" line="100"/>
        <source>Vouchers of the selected user number returned to Pluxee</source>
        <translation>Cheques van het gekozen gebruikersnummer die aan Pluxee terugbetaald zijn</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/actions.py" line="103"/>
        <source>&amp;Yearly statement…</source>
        <translation>&amp;Jaaroverzicht…</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/actions.py" line="106"/>
        <source>Print yearly &amp;statements…</source>
        <translation>Jaaroverzichten af&amp;drukken…</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/actions.py" line="108"/>
        <source>Make a &amp;backup</source>
        <translation>Back-up &amp;maken</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/actions.py" line="109"/>
        <source>Write a checked copy of the database to the backup folder now</source>
        <translation>Schrijf nu een gecontroleerde kopie van de databank naar de back-upmap</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/actions.py" line="112"/>
        <source>&amp;Restore a backup…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/actions.py" line="113"/>
        <source>Replace all data by one of the backups</source>
        <translation>Vervang alle gegevens door een van de back-ups</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/actions.py" line="116"/>
        <source>&amp;Database…</source>
        <translation>&amp;Databank…</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/actions.py" line="118"/>
        <source>&amp;About Inharmony Desktop</source>
        <translation>&amp;Over Inharmony Desktop</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/actions.py" line="119"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/actions.py" line="127"/>
        <source>New &amp;schedule…</source>
        <translation>Nieuw &amp;uurrooster…</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/actions.py" line="128"/>
        <source>E&amp;nd schedule…</source>
        <translation>Uurrooster &amp;beëindigen…</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/actions.py" line="129"/>
        <source>New &amp;absence…</source>
        <translation>Nieuwe &amp;afwezigheid…</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/actions.py" line="130"/>
        <source>Generate &amp;week…</source>
        <translation>&amp;Week genereren…</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/actions.py" line="131"/>
        <source>Generate &amp;month…</source>
        <translation>&amp;Maand genereren…</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/actions.py" line="132"/>
        <source>Week &amp;review…</source>
        <translation>Week &amp;nakijken…</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/actions.py" line="151"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/actions.py" line="168"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/actions.py" line="174"/>
        <source>&amp;Vouchers</source>
        <translation>&amp;Cheques</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/actions.py" line="177"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/actions.py" line="179"/>
        <source>&amp;Planning</source>
        <translation>&amp;Planning</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/actions.py" line="183"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/actions.py" line="189"/>
        <source>Main toolbar</source>
        <translation>Werkbalk</translation>
    </message>
</context>
<context>
    <name>AddressSection</name>
    <message>
        <location filename="../../inharmony_desktop/ui/views/details.py" line="46"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../inharmony_desktop/ui/backup_actions.py" line="27"/>
        <source>Restore a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/backup_actions.py" line="28"/>
        <source>Put back the backup of {when}? Everything entered after it is replaced by the data in the backup. The data as it is now is backed up first.</source>
        <translation>De back-up van {when} terugzetten? Alles wat daarna is ingevoerd, wordt vervangen door de gegevens in de back-up. Van de gegevens zoals ze nu zijn, wordt eerst een back-up gemaakt.</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/backup_actions.py" line="67"/>
        <source>Backup made</source>
        <translation>Back-up gemaakt</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/backup_actions.py" line="68"/>
        <source>The backup was written and checked:
{path} ({size})</source>
        <translation>De back-up is geschreven en gecontroleerd:
{path} ({size})</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/backup_actions.py" line="75"/>
        <source>A backup or check of the database is still running in the background. Try again in a minute.</source>
        <translation>Er wordt op de achtergrond nog een back-up gemaakt of de databank gecontroleerd. Probeer het over een minuut opnieuw.</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/backup_actions.py" line="94"/>
        <source>Backup restored</source>
        <translation>Back-up teruggezet</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/backup_actions.py" line="95"/>
        <source>The backup has been put back. The data from before the restore was kept in {path}.</source>
        <translation>De back-up is teruggezet. De gegevens van vóór het terugzetten zijn bewaard in {path}.</translation>
    </message>
</context>
<context>
    <name>CorrectionTableModel</name>
    <message>
        <location filename="../../inharmony_desktop/ui/models/corrections.py" line="34"/>
        <source>changed after registration</source>
        <translation>gewijzigd na registratie</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/corrections.py" line="35"/>
        <source>moved</source>
        <translation>verplaatst</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/corrections.py" line="65"/>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/corrections.py" line="66"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/corrections.py" line="67"/>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/corrections.py" line="68"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/corrections.py" line="69"/>
        <source>Registered on (old)</source>
        <translation>Geregistreerd op (oud)</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/corrections.py" line="70"/>
        <source>Now on (new)</source>
        <translation>Nu op (nieuw)</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/corrections.py" line="71"/>
        <source>Helper</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/corrections.py" line="72"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/corrections.py" line="73"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/corrections.py" line="113"/>
        <source>Tick off when this prestation was corrected in Pluxee&apos;s zone.</source>
        <translation>Vink af wanneer deze prestatie in de zone van Pluxee gecorrigeerd is.</translation>
    </message>
</context>
<context>
    <name>CorrectionsPanel</name>
    <message>
        <location filename="../../inharmony_desktop/ui/views/corrections.py" line="70"/>
        <source>Mark as &amp;corrected</source>
        <translation>Afvinken als &amp;gecorrigeerd</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/corrections.py" line="71"/>
        <source>The selected prestations were corrected in Pluxee</source>
        <translation>De gekozen prestaties zijn in Pluxee gecorrigeerd</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/corrections.py" line="73"/>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/corrections.py" line="75"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporteren als CSV…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inharmony_desktop/ui/views/corrections.py" line="98"/>
        <source>%n prestation(s) to correct in Pluxee&apos;s zone</source>
        <translation>
            <numerusform>%n prestatie te corrigeren in de zone van Pluxee</numerusform>
            <numerusform>%n prestaties te corrigeren in de zone van Pluxee</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/corrections.py" line="99"/>
        <source>Nothing to correct in Pluxee.</source>
        <translation>Niets te corrigeren in Pluxee.</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/corrections.py" line="117"/>
        <source>To correct in Pluxee</source>
        <translation>Te corrigeren in Pluxee</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/corrections.py" line="118"/>
        <source>Printed on {date}</source>
        <translation>Afgedrukt op {date}</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/corrections.py" line="153"/>
        <source>Export list to correct in Pluxee</source>
        <translation>Lijst te corrigeren in Pluxee exporteren</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/corrections.py" line="155"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
</context>
<context>
    <name>CorrectionsSection</name>
    <message>
        <location filename="../../inharmony_desktop/ui/views/corrections.py" line="194"/>
        <source>Pluxee corrections</source>
        <translation>Correcties in Pluxee</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/corrections.py" line="200"/>
        <source>Show list</source>
        <translation>Lijst tonen</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/corrections.py" line="202"/>
        <source>History…</source>
        <translation>Geschiedenis…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inharmony_desktop/ui/views/corrections.py" line="226"/>
        <source>%n prestation(s) to correct in Pluxee&apos;s zone</source>
        <translation>
            <numerusform>%n prestatie te corrigeren in de zone van Pluxee</numerusform>
            <numerusform>%n prestaties te corrigeren in de zone van Pluxee</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/corrections.py" line="228"/>
        <source>Nothing to correct in Pluxee.</source>
        <translation>Niets te corrigeren in Pluxee.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../inharmony_desktop/ui/crash.py" line="72"/>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/crash.py" line="73"/>
        <source>Something went wrong in the program: {what}</source>
        <translation>Er ging iets mis in het programma: {what}</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/crash.py" line="75"/>
        <source>The change you were making has not been saved; everything saved before it is safe. The details were written to {log}. You can carry on, or close the program and start it again.</source>
        <translation>De wijziging waarmee u bezig was, is niet opgeslagen; alles wat eerder is opgeslagen, is veilig. De details staan in {log}. U kan verder werken, of het programma sluiten en opnieuw starten.</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/crash.py" line="80"/>
        <source>Carry on</source>
        <translation>Verder werken</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/crash.py" line="82"/>
        <source>Close the program</source>
        <translation>Programma sluiten</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/customer.py" line="17"/>
        <source>Edit customer</source>
        <translation>Klant wijzigen</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/customer.py" line="17"/>
        <source>New customer</source>
        <translation>Nieuwe klant</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/customer.py" line="20"/>
        <source>Customer number</source>
        <translation>Klantnummer</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/customer.py" line="21"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/customer.py" line="22"/>
        <source>Street and number</source>
        <translation>Straat en nummer</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/customer.py" line="23"/>
        <source>Postal code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/customer.py" line="24"/>
        <source>City</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/customer.py" line="25"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/customer.py" line="26"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/customer.py" line="27"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/customer.py" line="30"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/customer.py" line="32"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
</context>
<context>
    <name>CustomerNumbersSection</name>
    <message>
        <location filename="../../inharmony_desktop/ui/views/details.py" line="98"/>
        <source>User numbers</source>
        <translation>Gebruikersnummers</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/details.py" line="115"/>
        <source>{ordered} of {maximum} ordered</source>
        <translation>{ordered} van {maximum} besteld</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/details.py" line="122"/>
        <source>{count} available</source>
        <translation>{count} beschikbaar</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/details.py" line="124"/>
        <source>No user numbers yet.</source>
        <translation>Nog geen gebruikersnummers.</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <location filename="../../inharmony_desktop/ui/views/customer_tree.py" line="40"/>
        <source>Search name, number, user number or city</source>
        <translation>Zoek naam, klantnummer, gebruikersnummer of gemeente</translation>
    </message>
</context>
<context>
    <name>CustomerTreeModel</name>
    <message>
        <location filename="../../inharmony_desktop/ui/models/customer_tree.py" line="214"/>
        <source>Customer / user number</source>
        <translation>Klant / gebruikersnummer</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/customer_tree.py" line="215"/>
        <source>Town /
pays</source>
        <translation>Gemeente /
betaalt</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/customer_tree.py" line="216"/>
        <source>This year</source>
        <translation>Dit jaar</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/customer_tree.py" line="310"/>
        <source>{holder}: {ordered} of {maximum} vouchers ordered this year</source>
        <translation>{holder}: {ordered} van {maximum} cheques besteld dit jaar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inharmony_desktop/ui/models/customer_tree.py" line="314"/>
        <source>%n prestation(s) to correct in Pluxee</source>
        <translation>
            <numerusform>%n prestatie te corrigeren in Pluxee</numerusform>
            <numerusform>%n prestaties te corrigeren in Pluxee</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/database.py" line="37"/>
        <location filename="../../inharmony_desktop/ui/dialogs/database.py" line="131"/>
        <source>Database</source>
        <translation>Databank</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/database.py" line="40"/>
        <source>This PC&apos;s own file</source>
        <translation>Het eigen bestand van deze pc</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/database.py" line="41"/>
        <source>The office server (PostgreSQL)</source>
        <translation>De server van het kantoor (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/database.py" line="50"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/database.py" line="54"/>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/database.py" line="55"/>
        <source>Database name</source>
        <translation>Naam van de databank</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/database.py" line="57"/>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/database.py" line="60"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/database.py" line="61"/>
        <source>Test connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/database.py" line="70"/>
        <source>The change takes effect when the program starts again.</source>
        <translation>De wijziging geldt vanaf de volgende start van het programma.</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/database.py" line="93"/>
        <source>Required.</source>
        <translation>Verplicht.</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/database.py" line="131"/>
        <source>Saved. Start the program again to work on {database}.</source>
        <translation>Bewaard. Start het programma opnieuw om te werken op {database}.</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../inharmony_desktop/ui/views/details.py" line="136"/>
        <source>Select a customer or user number on the left.</source>
        <translation>Kies links een klant of gebruikersnummer.</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <location filename="../../inharmony_desktop/ui/editing.py" line="46"/>
        <source>New customer {name}</source>
        <translation>Nieuwe klant {name}</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/editing.py" line="59"/>
        <source>Edit customer {name}</source>
        <translation>Klant {name} wijzigen</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/editing.py" line="72"/>
        <source>Delete customer</source>
        <translation>Klant verwijderen</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/editing.py" line="73"/>
        <source>Delete customer {name}?</source>
        <translation>Klant {name} verwijderen?</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/editing.py" line="80"/>
        <source>Delete customer {name}</source>
        <translation>Klant {name} verwijderen</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/editing.py" line="95"/>
        <source>New user number {number}</source>
        <translation>Nieuw gebruikersnummer {number}</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/editing.py" line="110"/>
        <source>Edit user number {number}</source>
        <translation>Gebruikersnummer {number} wijzigen</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/editing.py" line="123"/>
        <source>Delete user number</source>
        <translation>Gebruikersnummer verwijderen</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/editing.py" line="124"/>
        <source>Delete user number {number}?</source>
        <translation>Gebruikersnummer {number} verwijderen?</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/editing.py" line="131"/>
        <source>Delete user number {number}</source>
        <translation>Gebruikersnummer {number} verwijderen</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/editing.py" line="146"/>
        <source>New helper {name}</source>
        <translation>Nieuwe medewerker {name}</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/editing.py" line="159"/>
        <source>Edit helper {name}</source>
        <translation>Medewerker {name} wijzigen</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/editing.py" line="170"/>
        <source>Delete helper</source>
        <translation>Medewerker verwijderen</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/editing.py" line="171"/>
        <source>Delete helper {name}?</source>
        <translation>Medewerker {name} verwijderen?</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/editing.py" line="176"/>
        <source>Delete helper {name}</source>
        <translation>Medewerker {name} verwijderen</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/editing.py" line="191"/>
        <source>New order of {count} vouchers</source>
        <translation>Nieuwe bestelling van {count} cheques</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/editing.py" line="206"/>
        <source>Edit order</source>
        <translation>Bestelling wijzigen</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/editing.py" line="216"/>
        <location filename="../../inharmony_desktop/ui/editing.py" line="222"/>
        <source>Delete order</source>
        <translation>Bestelling verwijderen</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/editing.py" line="217"/>
        <source>Delete this order?</source>
        <translation>Deze bestelling verwijderen?</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/editing.py" line="237"/>
        <source>New prestation</source>
        <translation>Nieuwe prestatie</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/editing.py" line="250"/>
        <source>Edit prestation</source>
        <translation>Prestatie wijzigen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inharmony_desktop/ui/editing.py" line="257"/>
        <source>Delete %n prestation(s)?</source>
        <translation>
            <numerusform>%n prestatie verwijderen?</numerusform>
            <numerusform>%n prestaties verwijderen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/editing.py" line="259"/>
        <source>Delete prestations</source>
        <translation>Prestaties verwijderen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inharmony_desktop/ui/editing.py" line="264"/>
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
        <location filename="../../inharmony_desktop/ui/dialogs/schedule.py" line="97"/>
        <source>End schedule</source>
        <translation>Uurrooster beëindigen</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/schedule.py" line="99"/>
        <source>Last date</source>
        <translation>Laatste datum</translation>
    </message>
</context>
<context>
    <name>GenerateDialog</name>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/generate.py" line="61"/>
        <source>public holiday</source>
        <translation>feestdag</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/generate.py" line="62"/>
        <source>helper absent</source>
        <translation>medewerker afwezig</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/generate.py" line="63"/>
        <source>customer absent</source>
        <translation>klant afwezig</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/generate.py" line="64"/>
        <source>already exists</source>
        <translation>bestaat al</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/generate.py" line="65"/>
        <source>schedule ended</source>
        <translation>uurrooster beëindigd</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/generate.py" line="66"/>
        <source>user number inactive</source>
        <translation>gebruikersnummer niet actief</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/generate.py" line="67"/>
        <source>helper inactive</source>
        <translation>medewerker niet actief</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/generate.py" line="82"/>
        <source>electronic</source>
        <translation>elektronisch</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/generate.py" line="84"/>
        <source>paper</source>
        <translation>papier</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/generate.py" line="85"/>
        <source>{paper} paper + {electronic} electronic</source>
        <translation>{paper} papier + {electronic} elektronisch</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/generate.py" line="108"/>
        <source>Generate week</source>
        <translation>Week genereren</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/generate.py" line="108"/>
        <source>Generate month</source>
        <translation>Maand genereren</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/generate.py" line="121"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/generate.py" line="121"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/generate.py" line="121"/>
        <source>Helper</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/generate.py" line="121"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/generate.py" line="122"/>
        <source>User number</source>
        <translation>Gebruikersnummer</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/generate.py" line="122"/>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/generate.py" line="122"/>
        <source>Vouchers / reason</source>
        <translation>Cheques / reden</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/generate.py" line="133"/>
        <source>&amp;Review</source>
        <translation>&amp;Nakijken</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/generate.py" line="138"/>
        <source>Week of:</source>
        <translation>Week van:</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/generate.py" line="138"/>
        <source>Month of:</source>
        <translation>Maand van:</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/generate.py" line="158"/>
        <source>{start} to {end}</source>
        <translation>{start} tot {end}</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/generate.py" line="163"/>
        <source>Computing what will be created…</source>
        <translation>Berekenen wat er gemaakt wordt…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inharmony_desktop/ui/dialogs/generate.py" line="187"/>
        <source>&amp;Create %n prestation(s)</source>
        <translation>
            <numerusform>%n prestatie &amp;maken</numerusform>
            <numerusform>%n prestaties &amp;maken</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/generate.py" line="194"/>
        <source>{created} prestations to create ({hours} hours), {skipped} skipped, {warnings} warnings.</source>
        <translation>{created} prestaties te maken ({hours} uur), {skipped} overgeslagen, {warnings} waarschuwingen.</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/generate.py" line="200"/>
        <source>Warnings ({count})</source>
        <translation>Waarschuwingen ({count})</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/generate.py" line="209"/>
        <source>Skipped ({count})</source>
        <translation>Overgeslagen ({count})</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/generate.py" line="218"/>
        <source>To create ({count})</source>
        <translation>Te maken ({count})</translation>
    </message>
</context>
<context>
    <name>HelperDialog</name>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/helper.py" line="16"/>
        <source>Edit helper</source>
        <translation>Medewerker wijzigen</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/helper.py" line="16"/>
        <source>New helper</source>
        <translation>Nieuwe medewerker</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/helper.py" line="19"/>
        <source>Helper number</source>
        <translation>Medewerkernummer</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/helper.py" line="20"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/helper.py" line="21"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/helper.py" line="22"/>
        <source>National number (INSZ)</source>
        <translation>Rijksregisternummer (INSZ)</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/helper.py" line="24"/>
        <source>Contract hours per week</source>
        <translation>Contracturen per week</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/helper.py" line="26"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
</context>
<context>
    <name>HelperTableModel</name>
    <message>
        <location filename="../../inharmony_desktop/ui/models/helpers.py" line="35"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/helpers.py" line="36"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/helpers.py" line="37"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/helpers.py" line="38"/>
        <source>Hours per week</source>
        <translation>Uren per week</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/helpers.py" line="39"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/helpers.py" line="84"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/helpers.py" line="86"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>HelperWeekModel</name>
    <message>
        <location filename="../../inharmony_desktop/ui/models/helper_week.py" line="66"/>
        <source>Hours / contract</source>
        <translation>Uren / contract</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/helper_week.py" line="84"/>
        <source>Overlapping slots: the helper is double-booked.</source>
        <translation>Overlappende uren: de medewerker is dubbel geboekt.</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/helper_week.py" line="96"/>
        <source>More hours planned than the contract hours.</source>
        <translation>Meer uren gepland dan de contracturen.</translation>
    </message>
</context>
<context>
    <name>HelperWeekView</name>
    <message>
        <location filename="../../inharmony_desktop/ui/views/helper_week.py" line="41"/>
        <source>◀ Previous week</source>
        <translation>◀ Vorige week</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/helper_week.py" line="42"/>
        <source>Next week ▶</source>
        <translation>Volgende week ▶</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/helper_week.py" line="45"/>
        <source>Red: overlapping slots. Orange: more hours than the contract.</source>
        <translation>Rood: overlappende uren. Oranje: meer uren dan het contract.</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/helper_week.py" line="48"/>
        <source>Week of:</source>
        <translation>Week van:</translation>
    </message>
</context>
<context>
    <name>HelpersTab</name>
    <message>
        <location filename="../../inharmony_desktop/ui/tabs/helpers.py" line="34"/>
        <source>Search helpers</source>
        <translation>Zoek medewerkers</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inharmony_desktop/ui/tabs/helpers.py" line="50"/>
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
        <location filename="../../inharmony_desktop/ui/dialogs/history.py" line="27"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/history.py" line="40"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/history.py" line="40"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/history.py" line="40"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/history.py" line="41"/>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/history.py" line="53"/>
        <source>No changes recorded yet.</source>
        <translation>Nog geen wijzigingen geregistreerd.</translation>
    </message>
</context>
<context>
    <name>InputPage</name>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/switchover_wizard.py" line="50"/>
        <source>Switch to electronic vouchers</source>
        <translation>Overschakelen naar elektronische cheques</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/switchover_wizard.py" line="52"/>
        <source>Enter the paper vouchers the customer still holds; the next page shows the plan.</source>
        <translation>Geef de papieren cheques in die de klant nog heeft; de volgende pagina toont het plan.</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/switchover_wizard.py" line="62"/>
        <source> vouchers</source>
        <translation> cheques</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/switchover_wizard.py" line="66"/>
        <source>Paper expires on</source>
        <translation>Papier vervalt op</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/switchover_wizard.py" line="80"/>
        <source>&amp;User number:</source>
        <translation>&amp;Gebruikersnummer:</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/switchover_wizard.py" line="81"/>
        <source>&amp;Paper vouchers held:</source>
        <translation>&amp;Papieren cheques in bezit:</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/switchover_wizard.py" line="82"/>
        <source>Plan &amp;from:</source>
        <translation>Plannen &amp;vanaf:</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/switchover_wizard.py" line="83"/>
        <source>Expiry:</source>
        <translation>Vervaldatum:</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/switchover_wizard.py" line="107"/>
        <source>Choose a user number from the list.</source>
        <translation>Kies een gebruikersnummer uit de lijst.</translation>
    </message>
</context>
<context>
    <name>IroningBasketDialog</name>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/ironing_basket.py" line="70"/>
        <source>Ironing basket</source>
        <translation>Strijkmand</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/ironing_basket.py" line="83"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/ironing_basket.py" line="84"/>
        <source>{minutes} min (settings)</source>
        <translation>{minutes} min (instellingen)</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/ironing_basket.py" line="95"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Klant:</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/ironing_basket.py" line="96"/>
        <source>&amp;User number:</source>
        <translation>&amp;Gebruikersnummer:</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/ironing_basket.py" line="97"/>
        <source>&amp;Ironed by:</source>
        <translation>Gestreken &amp;door:</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/ironing_basket.py" line="98"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/ironing_basket.py" line="99"/>
        <source>&amp;Ironing time:</source>
        <translation>&amp;Strijktijd:</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/ironing_basket.py" line="100"/>
        <source>Handling time:</source>
        <translation>Behandelingstijd:</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/ironing_basket.py" line="101"/>
        <source>Credit now:</source>
        <translation>Tegoed nu:</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/ironing_basket.py" line="102"/>
        <source>This basket:</source>
        <translation>Deze mand:</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/ironing_basket.py" line="106"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/ironing_basket.py" line="106"/>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/ironing_basket.py" line="106"/>
        <source>Credit</source>
        <translation>Tegoed</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/ironing_basket.py" line="111"/>
        <source>Credit history</source>
        <translation>Verloop van het tegoed</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/ironing_basket.py" line="175"/>
        <source>Choose a customer.</source>
        <translation>Kies een klant.</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/ironing_basket.py" line="182"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/ironing_basket.py" line="184"/>
        <source>Enter the ironing time.</source>
        <translation>Geef de strijktijd in.</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/ironing_basket.py" line="187"/>
        <source>{paid} min to pay → {vouchers} voucher(s); new credit {credit} min</source>
        <translation>{paid} min te betalen → {vouchers} cheque(s); nieuw tegoed {credit} min</translation>
    </message>
</context>
<context>
    <name>IroningSection</name>
    <message>
        <location filename="../../inharmony_desktop/ui/voucher_tools.py" line="50"/>
        <source>Ironing workshop</source>
        <translation>Strijkatelier</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/voucher_tools.py" line="62"/>
        <source>Minute credit: {minutes} min</source>
        <translation>Minutentegoed: {minutes} min</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../inharmony_desktop/ui/labels.py" line="10"/>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/labels.py" line="11"/>
        <source>performed</source>
        <translation>uitgevoerd</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/labels.py" line="12"/>
        <source>registered</source>
        <translation>geregistreerd</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/labels.py" line="13"/>
        <source>confirmed</source>
        <translation>bevestigd</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/labels.py" line="14"/>
        <source>paid</source>
        <translation>betaald</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/labels.py" line="15"/>
        <source>contested</source>
        <translation>betwist</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/labels.py" line="16"/>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/labels.py" line="22"/>
        <source>home help</source>
        <translation>huishoudhulp</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/labels.py" line="23"/>
        <source>ironing</source>
        <translation>strijken</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/labels.py" line="29"/>
        <source>paper</source>
        <translation>papier</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/labels.py" line="30"/>
        <source>electronic</source>
        <translation>elektronisch</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/labels.py" line="36"/>
        <source>standard</source>
        <translation>standaard</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/labels.py" line="37"/>
        <source>special</source>
        <translation>bijzonder</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/labels.py" line="43"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/labels.py" line="44"/>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/labels.py" line="45"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../inharmony_desktop/ui/main_window.py" line="95"/>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/main_window.py" line="97"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/main_window.py" line="138"/>
        <source>Prestations</source>
        <translation>Prestaties</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/main_window.py" line="143"/>
        <source>Orders</source>
        <translation>Bestellingen</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/main_window.py" line="147"/>
        <source>Helpers</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/main_window.py" line="160"/>
        <source>Schedules</source>
        <translation>Uurroosters</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/main_window.py" line="166"/>
        <source>Absences</source>
        <translation>Afwezigheden</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/main_window.py" line="187"/>
        <source>Database: {path}</source>
        <translation>Databank: {path}</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/main_window.py" line="310"/>
        <source>{customers} customers · {numbers} user numbers · {prestations} prestations shown</source>
        <translation>{customers} klanten · {numbers} gebruikersnummers · {prestations} prestaties getoond</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/main_window.py" line="374"/>
        <source>Select the schedule to end first.</source>
        <translation>Selecteer eerst het uurrooster dat moet stoppen.</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/main_window.py" line="411"/>
        <source>Change settings</source>
        <translation>Instellingen wijzigen</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/main_window.py" line="416"/>
        <source>About {app}</source>
        <translation>Over {app}</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/main_window.py" line="417"/>
        <source>&lt;b&gt;{app}&lt;/b&gt; {version}&lt;br&gt;The back office of Inharmony: customers, user numbers, helpers, prestations, voucher orders and yearly statements.</source>
        <translation>&lt;b&gt;{app}&lt;/b&gt; {version}&lt;br&gt;De backoffice van Inharmony: klanten, gebruikersnummers, medewerkers, prestaties, chequebestellingen en jaarattesten.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../inharmony_desktop/ui/messages.py" line="17"/>
        <source>Not possible</source>
        <translation>Niet mogelijk</translation>
    </message>
</context>
<context>
    <name>MoveCommands</name>
    <message numerus="yes">
        <location filename="../../inharmony_desktop/ui/commands.py" line="299"/>
        <source>Move %n prestation(s) to {target}</source>
        <translation>
            <numerusform>%n prestatie verplaatsen naar {target}</numerusform>
            <numerusform>%n prestaties verplaatsen naar {target}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inharmony_desktop/ui/commands.py" line="342"/>
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
        <location filename="../../inharmony_desktop/ui/move_controller.py" line="71"/>
        <source>This customer has no active user number.</source>
        <translation>Deze klant heeft geen actief gebruikersnummer.</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/move_controller.py" line="81"/>
        <source>Which user number?</source>
        <translation>Welk gebruikersnummer?</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/move_controller.py" line="94"/>
        <source>Select the prestations to move first.</source>
        <translation>Kies eerst de prestaties die u wilt verplaatsen.</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/move_controller.py" line="149"/>
        <source>To correct in Pluxee</source>
        <translation>Te corrigeren in Pluxee</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inharmony_desktop/ui/move_controller.py" line="175"/>
        <source>%n prestation(s) moved to {target}.</source>
        <translation>
            <numerusform>%n prestatie verplaatst naar {target}.</numerusform>
            <numerusform>%n prestaties verplaatst naar {target}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inharmony_desktop/ui/move_controller.py" line="179"/>
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
        <location filename="../../inharmony_desktop/ui/dialogs/move_target.py" line="25"/>
        <source>Move to…</source>
        <translation>Verplaatsen naar…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inharmony_desktop/ui/dialogs/move_target.py" line="27"/>
        <source>Move %n selected prestation(s) to this user number:</source>
        <translation>
            <numerusform>De gekozen prestatie verplaatsen naar dit gebruikersnummer:</numerusform>
            <numerusform>De %n gekozen prestaties verplaatsen naar dit gebruikersnummer:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/move_target.py" line="32"/>
        <source>Type a user number or a name</source>
        <translation>Typ een gebruikersnummer of een naam</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/move_target.py" line="33"/>
        <source>User number</source>
        <translation>Gebruikersnummer</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/move_target.py" line="43"/>
        <source>Choose one active user number from the list.</source>
        <translation>Kies één actief gebruikersnummer uit de lijst.</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/move_target.py" line="50"/>
        <source>Move to another customer?</source>
        <translation>Naar een andere klant verplaatsen?</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/move_target.py" line="52"/>
        <source>{target} belongs to another customer than {customers}.</source>
        <translation>{target} hoort bij een andere klant dan {customers}.</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/move_target.py" line="57"/>
        <source>Move the prestations to this customer anyway?</source>
        <translation>De prestaties toch naar deze klant verplaatsen?</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/order.py" line="21"/>
        <source>Edit order</source>
        <translation>Bestelling wijzigen</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/order.py" line="21"/>
        <source>New order</source>
        <translation>Nieuwe bestelling</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/order.py" line="25"/>
        <source>User number</source>
        <translation>Gebruikersnummer</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/order.py" line="27"/>
        <source>Order date</source>
        <translation>Besteldatum</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/order.py" line="31"/>
        <source>Vouchers</source>
        <translation>Cheques</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/order.py" line="34"/>
        <source>Medium</source>
        <translation>Drager</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/order.py" line="35"/>
        <source>as the payment mode</source>
        <translation>volgens de betaalwijze</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/order.py" line="38"/>
        <source>Own unit price</source>
        <translation>Eigen eenheidsprijs</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/order.py" line="39"/>
        <source>Unit price (€)</source>
        <translation>Eenheidsprijs (€)</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <location filename="../../inharmony_desktop/ui/models/orders.py" line="24"/>
        <source>Order date</source>
        <translation>Besteldatum</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/orders.py" line="25"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/orders.py" line="26"/>
        <source>User number</source>
        <translation>Gebruikersnummer</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/orders.py" line="27"/>
        <source>Vouchers</source>
        <translation>Cheques</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/orders.py" line="28"/>
        <source>Medium</source>
        <translation>Drager</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/orders.py" line="29"/>
        <source>Unit price</source>
        <translation>Eenheidsprijs</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/orders.py" line="30"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/orders.py" line="31"/>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/orders.py" line="56"/>
        <source>{count} vouchers at {price}</source>
        <translation>{count} cheques aan {price}</translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <location filename="../../inharmony_desktop/ui/tabs/orders.py" line="33"/>
        <source>All years</source>
        <translation>Alle jaren</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/tabs/orders.py" line="38"/>
        <source>Only the selection on the left</source>
        <translation>Enkel de selectie links</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/tabs/orders.py" line="42"/>
        <source>Year:</source>
        <translation>Jaar:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inharmony_desktop/ui/tabs/orders.py" line="77"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n bestelling</numerusform>
            <numerusform>%n bestellingen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/switchover_wizard.py" line="124"/>
        <source>The plan</source>
        <translation>Het plan</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/switchover_wizard.py" line="125"/>
        <source>Nothing has changed yet. Finish applies this plan; Undo takes it back.</source>
        <translation>Er is nog niets gewijzigd. Voltooien voert dit plan uit; Ongedaan maken draait het terug.</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/switchover_wizard.py" line="144"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/switchover_wizard.py" line="144"/>
        <source>Helper</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/switchover_wizard.py" line="144"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/switchover_wizard.py" line="144"/>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/switchover_wizard.py" line="145"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/switchover_wizard.py" line="145"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/switchover_wizard.py" line="145"/>
        <source>Electronic</source>
        <translation>Elektronisch</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/switchover_wizard.py" line="145"/>
        <source>Paper left</source>
        <translation>Papier over</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/switchover_wizard.py" line="152"/>
        <source>{number}: {used} of {held} paper vouchers used on {count} prestation(s); electronic from {day}.</source>
        <translation>{number}: {used} van {held} papieren cheques gebruikt op {count} prestatie(s); elektronisch vanaf {day}.</translation>
    </message>
</context>
<context>
    <name>PlanWorker</name>
    <message>
        <location filename="../../inharmony_desktop/ui/plan_worker.py" line="63"/>
        <source>The plan could not be computed because of an error.</source>
        <translation>Door een fout kon de planning niet berekend worden.</translation>
    </message>
</context>
<context>
    <name>Planning</name>
    <message>
        <location filename="../../inharmony_desktop/ui/planning.py" line="43"/>
        <source>New schedule</source>
        <translation>Nieuw uurrooster</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/planning.py" line="53"/>
        <source>Edit schedule</source>
        <translation>Uurrooster wijzigen</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/planning.py" line="61"/>
        <source>End schedule on {date}</source>
        <translation>Uurrooster beëindigen op {date}</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/planning.py" line="65"/>
        <source>Delete this schedule? A schedule that already generated prestations can only be ended.</source>
        <translation>Dit uurrooster verwijderen? Een uurrooster dat al prestaties maakte, kan enkel beëindigd worden.</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/planning.py" line="67"/>
        <location filename="../../inharmony_desktop/ui/planning.py" line="70"/>
        <source>Delete schedule</source>
        <translation>Uurrooster verwijderen</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/planning.py" line="78"/>
        <source>New absence</source>
        <translation>Nieuwe afwezigheid</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/planning.py" line="88"/>
        <source>Edit absence</source>
        <translation>Afwezigheid wijzigen</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/planning.py" line="92"/>
        <location filename="../../inharmony_desktop/ui/planning.py" line="96"/>
        <source>Delete absence</source>
        <translation>Afwezigheid verwijderen</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/planning.py" line="93"/>
        <source>Delete this absence?</source>
        <translation>Deze afwezigheid verwijderen?</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/planning.py" line="106"/>
        <source>Generate {count} prestations ({start} to {end})</source>
        <translation>{count} prestaties genereren ({start} tot {end})</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/planning.py" line="117"/>
        <source>Week review: {performed} performed, {cancelled} cancelled</source>
        <translation>Week nakijken: {performed} uitgevoerd, {cancelled} geannuleerd</translation>
    </message>
</context>
<context>
    <name>PrestationDialog</name>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/prestation.py" line="34"/>
        <source>Edit prestation</source>
        <translation>Prestatie wijzigen</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/prestation.py" line="34"/>
        <source>New prestation</source>
        <translation>Nieuwe prestatie</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/prestation.py" line="40"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/prestation.py" line="44"/>
        <source>User number</source>
        <translation>Gebruikersnummer</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/prestation.py" line="46"/>
        <source>Type a number or a name</source>
        <translation>Typ een nummer of een naam</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/prestation.py" line="47"/>
        <source>Helper</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/prestation.py" line="49"/>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/prestation.py" line="52"/>
        <source>Hours (vouchers)</source>
        <translation>Uren (cheques)</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/prestation.py" line="55"/>
        <source>Paper / electronic</source>
        <translation>Papier / elektronisch</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/prestation.py" line="56"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/prestation.py" line="62"/>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/prestation.py" line="81"/>
        <source>by hand</source>
        <translation>met de hand</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/prestation.py" line="82"/>
        <source>Without this, the split follows the payment mode.</source>
        <translation>Zonder vinkje volgt de verdeling de betaalwijze.</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/prestation.py" line="89"/>
        <source>paper</source>
        <translation>papier</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/prestation.py" line="91"/>
        <source>electronic</source>
        <translation>elektronisch</translation>
    </message>
</context>
<context>
    <name>PrestationTableModel</name>
    <message>
        <location filename="../../inharmony_desktop/ui/models/prestations.py" line="48"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/prestations.py" line="49"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/prestations.py" line="50"/>
        <source>User number</source>
        <translation>Gebruikersnummer</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/prestations.py" line="51"/>
        <source>Helper</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/prestations.py" line="52"/>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/prestations.py" line="53"/>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/prestations.py" line="54"/>
        <source>Paper / electronic</source>
        <translation>Papier / elektronisch</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/prestations.py" line="55"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/prestations.py" line="87"/>
        <source>Split set by hand: it no longer follows the payment mode.</source>
        <translation>Verdeling met de hand ingesteld: ze volgt de betaalwijze niet meer.</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/prestations.py" line="91"/>
        <source>Changed after registration: correct it in Pluxee too.</source>
        <translation>Gewijzigd na registratie: corrigeer dit ook in Pluxee.</translation>
    </message>
</context>
<context>
    <name>PrestationsTab</name>
    <message>
        <location filename="../../inharmony_desktop/ui/tabs/prestations.py" line="58"/>
        <source>All dates</source>
        <translation>Alle datums</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/tabs/prestations.py" line="58"/>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/tabs/prestations.py" line="59"/>
        <source>This month</source>
        <translation>Deze maand</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/tabs/prestations.py" line="59"/>
        <source>This year</source>
        <translation>Dit jaar</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/tabs/prestations.py" line="60"/>
        <source>From – to</source>
        <translation>Van – tot</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/tabs/prestations.py" line="70"/>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/tabs/prestations.py" line="74"/>
        <source>All activities</source>
        <translation>Alle activiteiten</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/tabs/prestations.py" line="77"/>
        <source>Only the selection on the left</source>
        <translation>Enkel de selectie links</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/tabs/prestations.py" line="80"/>
        <source>Search customer, user number, helper</source>
        <translation>Zoek klant, gebruikersnummer, medewerker</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/tabs/prestations.py" line="120"/>
        <source>All helpers</source>
        <translation>Alle medewerkers</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inharmony_desktop/ui/tabs/prestations.py" line="171"/>
        <source>%n prestation(s)</source>
        <translation>
            <numerusform>%n prestatie</numerusform>
            <numerusform>%n prestaties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuickEntryBar</name>
    <message>
        <location filename="../../inharmony_desktop/ui/views/quick_entry.py" line="53"/>
        <source>User number or name</source>
        <translation>Gebruikersnummer of naam</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/quick_entry.py" line="57"/>
        <source>Helper</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/quick_entry.py" line="61"/>
        <source> h</source>
        <translation> u</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/quick_entry.py" line="62"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/quick_entry.py" line="63"/>
        <source>Save this prestation (Enter)</source>
        <translation>Deze prestatie bewaren (Enter)</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/quick_entry.py" line="70"/>
        <source>Quick entry:</source>
        <translation>Snel invoeren:</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/quick_entry.py" line="110"/>
        <source>Choose a user number.</source>
        <translation>Kies een gebruikersnummer.</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/quick_entry.py" line="114"/>
        <source>Choose a helper.</source>
        <translation>Kies een medewerker.</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/refund.py" line="52"/>
        <source>New refund</source>
        <translation>Nieuwe terugbetaling</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/refund.py" line="55"/>
        <source>User number</source>
        <translation>Gebruikersnummer</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/refund.py" line="57"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/refund.py" line="61"/>
        <source>Vouchers</source>
        <translation>Cheques</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/refund.py" line="63"/>
        <source>Medium</source>
        <translation>Drager</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/refund.py" line="68"/>
        <source>Amount (€)</source>
        <translation>Bedrag (€)</translation>
    </message>
</context>
<context>
    <name>Refunds</name>
    <message>
        <location filename="../../inharmony_desktop/ui/refunds.py" line="36"/>
        <source>Select a user number on the left first.</source>
        <translation>Kies eerst links een gebruikersnummer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inharmony_desktop/ui/refunds.py" line="52"/>
        <source>Refund of %n voucher(s)</source>
        <translation>
            <numerusform>Terugbetaling van %n cheque</numerusform>
            <numerusform>Terugbetaling van %n cheques</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/refunds.py" line="59"/>
        <source>Delete refund</source>
        <translation>Terugbetaling verwijderen</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/refunds.py" line="60"/>
        <source>Delete this refund?</source>
        <translation>Deze terugbetaling verwijderen?</translation>
    </message>
</context>
<context>
    <name>RefundsDialog</name>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/refund.py" line="113"/>
        <source>Refunds of {number}</source>
        <translation>Terugbetalingen van {number}</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/refund.py" line="118"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/refund.py" line="118"/>
        <source>Vouchers</source>
        <translation>Cheques</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/refund.py" line="118"/>
        <source>Medium</source>
        <translation>Drager</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/refund.py" line="118"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/refund.py" line="124"/>
        <source>No vouchers were refunded for this user number.</source>
        <translation>Voor dit gebruikersnummer werden nog geen cheques terugbetaald.</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/refund.py" line="125"/>
        <source>&amp;Add refund…</source>
        <translation>&amp;Terugbetaling toevoegen…</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/refund.py" line="126"/>
        <source>&amp;Delete refund…</source>
        <translation>Terugbetaling &amp;verwijderen…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/restore.py" line="33"/>
        <source>Restore a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/restore.py" line="36"/>
        <source>Choose the backup to put back. The data as it is now is backed up first, so the restore itself can be undone by restoring that backup.
Backup folder: {folder}</source>
        <translation>Kies de back-up die u wilt terugzetten. Van de gegevens zoals ze nu zijn, wordt eerst een back-up gemaakt, zodat u het terugzetten zelf ongedaan kan maken door die back-up terug te zetten.
Back-upmap: {folder}</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/restore.py" line="42"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/restore.py" line="42"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/restore.py" line="42"/>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/restore.py" line="42"/>
        <source>Prestations</source>
        <translation>Prestaties</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/restore.py" line="54"/>
        <source>(before a restore)</source>
        <translation>(vóór terugzetten)</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/restore.py" line="59"/>
        <source>damaged</source>
        <translation>beschadigd</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/restore.py" line="69"/>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/restore.py" line="75"/>
        <source>There are no backups in this folder yet.</source>
        <translation>Er staan nog geen back-ups in deze map.</translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/safety_page.py" line="28"/>
        <location filename="../../inharmony_desktop/ui/dialogs/safety_page.py" line="46"/>
        <source>Backup folder</source>
        <translation>Back-upmap</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/safety_page.py" line="41"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/safety_page.py" line="48"/>
        <source>Empty: the folder &apos;backups&apos; beside the database. A backup is made when the program starts and closes (at most once a day); 7 daily, 4 weekly and 12 monthly backups are kept.</source>
        <translation>Leeg: de map &apos;backups&apos; naast de databank. Er wordt een back-up gemaakt bij het starten en sluiten van het programma (hoogstens één per dag); 7 dagelijkse, 4 wekelijkse en 12 maandelijkse back-ups worden bewaard.</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/safety_page.py" line="54"/>
        <source>Allow the database on a network drive or in a synced folder on this PC (not recommended)</source>
        <translation>De databank op een netwerkschijf of in een gesynchroniseerde map toestaan op deze PC (afgeraden)</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/safety_page.py" line="68"/>
        <source>The backup folder must be a full path, such as D:\Backups.</source>
        <translation>De back-upmap moet een volledig pad zijn, zoals D:\Backups.</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/schedule.py" line="32"/>
        <source>Edit schedule</source>
        <translation>Uurrooster wijzigen</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/schedule.py" line="33"/>
        <source>New schedule</source>
        <translation>Nieuw uurrooster</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/schedule.py" line="36"/>
        <source>Helper</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/schedule.py" line="38"/>
        <source>User number</source>
        <translation>Gebruikersnummer</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/schedule.py" line="40"/>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/schedule.py" line="43"/>
        <source>Weekday</source>
        <translation>Weekdag</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/schedule.py" line="46"/>
        <source>Start time</source>
        <translation>Beginuur</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/schedule.py" line="49"/>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/schedule.py" line="52"/>
        <source>Repeats</source>
        <translation>Herhaling</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/schedule.py" line="53"/>
        <source>every week</source>
        <translation>elke week</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/schedule.py" line="54"/>
        <source>every other week</source>
        <translation>om de twee weken</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/schedule.py" line="55"/>
        <source>First date</source>
        <translation>Eerste datum</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/schedule.py" line="57"/>
        <source>Ends</source>
        <translation>Stopt</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/schedule.py" line="58"/>
        <source>Last date</source>
        <translation>Laatste datum</translation>
    </message>
</context>
<context>
    <name>ScheduleModels</name>
    <message>
        <location filename="../../inharmony_desktop/ui/models/schedules.py" line="46"/>
        <source>everything</source>
        <translation>alles</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/schedules.py" line="47"/>
        <source>home help</source>
        <translation>huishoudhulp</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/schedules.py" line="48"/>
        <source>ironing</source>
        <translation>strijken</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/schedules.py" line="53"/>
        <source>holiday</source>
        <translation>vakantie</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/schedules.py" line="54"/>
        <source>sickness</source>
        <translation>ziekte</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/schedules.py" line="55"/>
        <source>training</source>
        <translation>opleiding</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/schedules.py" line="56"/>
        <source>stop</source>
        <translation>stopzetting</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/schedules.py" line="57"/>
        <source>other</source>
        <translation>andere</translation>
    </message>
</context>
<context>
    <name>ScheduleTableModel</name>
    <message>
        <location filename="../../inharmony_desktop/ui/models/schedules.py" line="133"/>
        <source>Helper</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/schedules.py" line="133"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/schedules.py" line="134"/>
        <source>User number</source>
        <translation>Gebruikersnummer</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/schedules.py" line="135"/>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/schedules.py" line="135"/>
        <source>Weekday</source>
        <translation>Weekdag</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/schedules.py" line="136"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/schedules.py" line="136"/>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/schedules.py" line="137"/>
        <source>Every</source>
        <translation>Ritme</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/schedules.py" line="137"/>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/schedules.py" line="138"/>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/schedules.py" line="145"/>
        <source>week</source>
        <translation>week</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/schedules.py" line="146"/>
        <source>2 weeks</source>
        <translation>2 weken</translation>
    </message>
</context>
<context>
    <name>SchedulesTab</name>
    <message>
        <location filename="../../inharmony_desktop/ui/tabs/schedules.py" line="80"/>
        <source>Search schedules (helper, customer, number)</source>
        <translation>Zoek uurroosters (medewerker, klant, nummer)</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/tabs/schedules.py" line="83"/>
        <source>Show ended schedules</source>
        <translation>Toon beëindigde uurroosters</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/tabs/schedules.py" line="99"/>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/tabs/schedules.py" line="100"/>
        <source>Week per helper</source>
        <translation>Week per medewerker</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inharmony_desktop/ui/tabs/schedules.py" line="113"/>
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
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="55"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="60"/>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="61"/>
        <source>Yearly rules</source>
        <translation>Regels per jaar</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="62"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="64"/>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="71"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="71"/>
        <source>Street and number</source>
        <translation>Straat en nummer</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="72"/>
        <source>Postal code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="72"/>
        <source>City</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="73"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="73"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="74"/>
        <source>Recognition number</source>
        <translation>Erkenningsnummer</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="82"/>
        <source>These details appear on the yearly statements.</source>
        <translation>Deze gegevens staan op de jaarattesten.</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="88"/>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="88"/>
        <source>Price (€)</source>
        <translation>Prijs (€)</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="88"/>
        <source>Higher price (€)</source>
        <translation>Hogere prijs (€)</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="89"/>
        <source>Higher price above</source>
        <translation>Hogere prijs boven</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="89"/>
        <source>Personal max</source>
        <translation>Persoonlijk max.</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="90"/>
        <source>Household max</source>
        <translation>Gezin max.</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="90"/>
        <source>Special max</source>
        <translation>Bijzonder max.</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="91"/>
        <source>Valid (months)</source>
        <translation>Geldig (maanden)</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="91"/>
        <source>Validity from month</source>
        <translation>Geldigheid vanaf maand</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="92"/>
        <source>Tax reduction (%)</source>
        <translation>Belastingvermindering (%)</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="92"/>
        <source>Fiscal ceiling (€)</source>
        <translation>Fiscaal plafond (€)</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="93"/>
        <source>Last paper order</source>
        <translation>Laatste papieren bestelling</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="93"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="119"/>
        <source>Amounts in euros (e.g. 10,00). Edit a cell to change the rules of that year.</source>
        <translation>Bedragen in euro (bv. 10,00). Wijzig een cel om de regels van dat jaar aan te passen.</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="131"/>
        <source>Language of the program</source>
        <translation>Taal van het programma</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="132"/>
        <source>A new language takes effect when the program restarts.</source>
        <translation>Een nieuwe taal geldt vanaf de volgende start van het programma.</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="147"/>
        <source>Row {row}, {column}: &apos;{text}&apos; is not valid.</source>
        <translation>Rij {row}, {column}: &apos;{text}&apos; is ongeldig.</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="157"/>
        <source>The company name is required.</source>
        <translation>De bedrijfsnaam is verplicht.</translation>
    </message>
</context>
<context>
    <name>SplitEditor</name>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/split_editor.py" line="45"/>
        <source>Paper / electronic split</source>
        <translation>Verdeling papier / elektronisch</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/split_editor.py" line="56"/>
        <source> vouchers</source>
        <translation> cheques</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/split_editor.py" line="67"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/split_editor.py" line="68"/>
        <source>&amp;Electronic:</source>
        <translation>&amp;Elektronisch:</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/split_editor.py" line="72"/>
        <source>Back to &amp;default</source>
        <translation>Terug naar &amp;standaard</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/split_editor.py" line="74"/>
        <source>The split follows the payment mode on the prestation date again.</source>
        <translation>De verdeling volgt opnieuw de betaalwijze op de datum van de prestatie.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inharmony_desktop/ui/dialogs/split_editor.py" line="97"/>
        <source>%n prestation(s) of {hours} hours.</source>
        <translation>
            <numerusform>%n prestatie van {hours} uren.</numerusform>
            <numerusform>%n prestaties van {hours} uren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inharmony_desktop/ui/dialogs/split_editor.py" line="100"/>
        <source>%n prestation(s) with different hours.</source>
        <translation>
            <numerusform>%n prestatie met verschillende uren.</numerusform>
            <numerusform>%n prestaties met verschillende uren.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/split_editor.py" line="102"/>
        <source>Now: {paper} paper + {electronic} electronic.</source>
        <translation>Nu: {paper} papier + {electronic} elektronisch.</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/split_editor.py" line="105"/>
        <source>Default: {paper} paper + {electronic} electronic.</source>
        <translation>Standaard: {paper} papier + {electronic} elektronisch.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inharmony_desktop/ui/dialogs/split_editor.py" line="108"/>
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
        <location filename="../../inharmony_desktop/ui/startup.py" line="49"/>
        <source>Take over the lock only if you are sure the program is no longer open there; two programs writing at once can lose data.</source>
        <translation>Neem het slot alleen over als u zeker weet dat het programma daar niet meer open is; twee programma&apos;s die tegelijk schrijven, kunnen gegevens verliezen.</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/startup.py" line="52"/>
        <source>Take over the lock</source>
        <translation>Slot overnemen</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/startup.py" line="53"/>
        <location filename="../../inharmony_desktop/ui/startup.py" line="59"/>
        <location filename="../../inharmony_desktop/ui/startup.py" line="71"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/startup.py" line="58"/>
        <source>Allow on this PC from now on</source>
        <translation>Voortaan toestaan op deze PC</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/startup.py" line="65"/>
        <source>The newest good backup is from {when}. Put it back? The damaged file is kept beside it, renamed, so nothing is thrown away.</source>
        <translation>De nieuwste goede back-up is van {when}. Die terugzetten? Het beschadigde bestand blijft ernaast staan onder een andere naam, zodat er niets verloren gaat.</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/startup.py" line="70"/>
        <source>Restore the backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/startup.py" line="93"/>
        <source>There is no good backup in {folder}; ask for help before doing anything else with this file.</source>
        <translation>Er staat geen goede back-up in {folder}; vraag hulp voordat u nog iets met dit bestand doet.</translation>
    </message>
</context>
<context>
    <name>StatementActions</name>
    <message>
        <location filename="../../inharmony_desktop/ui/statements.py" line="34"/>
        <source>Select a user number first.</source>
        <translation>Kies eerst een gebruikersnummer.</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/statements.py" line="64"/>
        <source>Cancelled: no yearly statements were written.</source>
        <translation>Afgebroken: er zijn geen jaaroverzichten geschreven.</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/statements.py" line="68"/>
        <source>{count} yearly statements and {combined} written to {folder}.</source>
        <translation>{count} jaaroverzichten en {combined} geschreven naar {folder}.</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/statements.py" line="82"/>
        <location filename="../../inharmony_desktop/ui/statements.py" line="85"/>
        <source>Yearly statements</source>
        <translation>Jaaroverzichten</translation>
    </message>
</context>
<context>
    <name>StatementBatchRun</name>
    <message>
        <location filename="../../inharmony_desktop/ui/workers.py" line="81"/>
        <location filename="../../inharmony_desktop/ui/workers.py" line="110"/>
        <source>Making the yearly statements of {year}…
{text}</source>
        <translation>De jaaroverzichten van {year} worden gemaakt…
{text}</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/workers.py" line="82"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/workers.py" line="83"/>
        <source>Yearly statements {year}</source>
        <translation>Jaaroverzichten {year}</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/workers.py" line="102"/>
        <source>Cancelling…</source>
        <translation>Bezig met afbreken…</translation>
    </message>
</context>
<context>
    <name>StatementOptionsDialog</name>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/statement_options.py" line="47"/>
        <source>Yearly statements</source>
        <translation>Jaaroverzichten</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/statement_options.py" line="48"/>
        <source>Yearly statement</source>
        <translation>Jaaroverzicht</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/statement_options.py" line="53"/>
        <source>Year of the orders</source>
        <translation>Jaar van de bestellingen</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/statement_options.py" line="57"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/statement_options.py" line="62"/>
        <location filename="../../inharmony_desktop/ui/dialogs/statement_options.py" line="79"/>
        <source>Folder for the PDFs</source>
        <translation>Map voor de PDF&apos;s</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/statement_options.py" line="92"/>
        <source>Choose a folder for the PDFs.</source>
        <translation>Kies een map voor de PDF&apos;s.</translation>
    </message>
</context>
<context>
    <name>StatementPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../inharmony_desktop/ui/dialogs/statement_preview.py" line="66"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/statement_preview.py" line="69"/>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/statement_preview.py" line="70"/>
        <source>&amp;Save as…</source>
        <translation>Op&amp;slaan als…</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/statement_preview.py" line="93"/>
        <source>Yearly statement {year}: {number} {holder}</source>
        <translation>Jaaroverzicht {year}: {number} {holder}</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/statement_preview.py" line="115"/>
        <source>Save yearly statement</source>
        <translation>Jaaroverzicht opslaan</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/statement_preview.py" line="116"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/statement_preview.py" line="125"/>
        <source>Print yearly statement</source>
        <translation>Jaaroverzicht afdrukken</translation>
    </message>
</context>
<context>
    <name>SwitchoverWizard</name>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/switchover_wizard.py" line="183"/>
        <source>Paper to electronic</source>
        <translation>Van papier naar elektronisch</translation>
    </message>
</context>
<context>
    <name>UserNumberDialog</name>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/user_number.py" line="52"/>
        <source>Edit user number</source>
        <translation>Gebruikersnummer wijzigen</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/user_number.py" line="52"/>
        <source>New user number</source>
        <translation>Nieuw gebruikersnummer</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/user_number.py" line="55"/>
        <source>User number (12 digits)</source>
        <translation>Gebruikersnummer (12 cijfers)</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/user_number.py" line="58"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/user_number.py" line="60"/>
        <source>Holder</source>
        <translation>Houder</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/user_number.py" line="61"/>
        <source>Quota</source>
        <translation>Quotum</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/user_number.py" line="64"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/user_number.py" line="66"/>
        <source>Payment mode</source>
        <translation>Betaalwijze</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/user_number.py" line="86"/>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/user_number.py" line="86"/>
        <source>Pays with</source>
        <translation>Betaalt met</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/user_number.py" line="97"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/user_number.py" line="99"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/user_number.py" line="145"/>
        <source>Give at least one payment mode with its start date.</source>
        <translation>Geef minstens één betaalwijze met haar begindatum.</translation>
    </message>
</context>
<context>
    <name>UserNumberSection</name>
    <message>
        <location filename="../../inharmony_desktop/ui/views/details.py" line="71"/>
        <source>User number</source>
        <translation>Gebruikersnummer</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/details.py" line="77"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/details.py" line="78"/>
        <source>Payment mode</source>
        <translation>Betaalwijze</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/details.py" line="86"/>
        <source>Quota: {quota}</source>
        <translation>Quotum: {quota}</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/details.py" line="89"/>
        <source>from {date}: {mode}</source>
        <translation>vanaf {date}: {mode}</translation>
    </message>
</context>
<context>
    <name>VoucherTools</name>
    <message>
        <location filename="../../inharmony_desktop/ui/voucher_tools.py" line="105"/>
        <source>Select one or more prestations in the table first.</source>
        <translation>Selecteer eerst een of meer prestaties in de tabel.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inharmony_desktop/ui/voucher_tools.py" line="112"/>
        <source>Split of %n prestation(s) back to default</source>
        <translation>
            <numerusform>Verdeling van %n prestatie terug naar standaard</numerusform>
            <numerusform>Verdeling van %n prestaties terug naar standaard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inharmony_desktop/ui/voucher_tools.py" line="115"/>
        <source>Split %n prestation(s): {paper} paper + {electronic} electronic</source>
        <translation>
            <numerusform>%n prestatie verdelen: {paper} papier + {electronic} elektronisch</numerusform>
            <numerusform>%n prestaties verdelen: {paper} papier + {electronic} elektronisch</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/voucher_tools.py" line="125"/>
        <source>Switch {number} to electronic</source>
        <translation>{number} overschakelen naar elektronisch</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/voucher_tools.py" line="135"/>
        <source>Ironing basket for {name}</source>
        <translation>Strijkmand voor {name}</translation>
    </message>
</context>
<context>
    <name>WalletPanel</name>
    <message>
        <location filename="../../inharmony_desktop/ui/views/wallet_panel.py" line="46"/>
        <source>Electronic wallet</source>
        <translation>Elektronische portefeuille</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/wallet_panel.py" line="49"/>
        <source>Ordered:</source>
        <translation>Besteld:</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/wallet_panel.py" line="50"/>
        <source>Used:</source>
        <translation>Gebruikt:</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/wallet_panel.py" line="51"/>
        <source>Refunded:</source>
        <translation>Terugbetaald:</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/wallet_panel.py" line="52"/>
        <source>Available:</source>
        <translation>Beschikbaar:</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/wallet_panel.py" line="55"/>
        <source>Expiring within 60 days:</source>
        <translation>Vervalt binnen 60 dagen:</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/wallet_panel.py" line="68"/>
        <source>Personal:</source>
        <translation>Persoonlijk:</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/wallet_panel.py" line="69"/>
        <source>Household:</source>
        <translation>Gezin:</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/wallet_panel.py" line="70"/>
        <source>Price tier:</source>
        <translation>Prijsschijf:</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/wallet_panel.py" line="99"/>
        <source>{used} (+{unpaid} waiting for an order)</source>
        <translation>{used} (+{unpaid} wachten op een bestelling)</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/wallet_panel.py" line="102"/>
        <source>{count} on {day} (order of {ordered})</source>
        <translation>{count} op {day} (bestelling van {ordered})</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/wallet_panel.py" line="105"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/wallet_panel.py" line="106"/>
        <source>Forecast: {text}</source>
        <translation>Vooruitzicht: {text}</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/wallet_panel.py" line="113"/>
        <source>Quota {year}</source>
        <translation>Quotum {year}</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/wallet_panel.py" line="116"/>
        <source>special quota: not counted</source>
        <translation>bijzonder quotum: telt niet mee</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/wallet_panel.py" line="122"/>
        <source>special quota: base price {price}</source>
        <translation>bijzonder quotum: basisprijs {price}</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/wallet_panel.py" line="124"/>
        <source>higher price {price} (above {threshold} vouchers)</source>
        <translation>hogere prijs {price} (boven {threshold} cheques)</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/wallet_panel.py" line="126"/>
        <source>base price {price} (up to {threshold} vouchers)</source>
        <translation>basisprijs {price} (tot {threshold} cheques)</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/wallet_panel.py" line="132"/>
        <source>{value} of {maximum}</source>
        <translation>{value} van {maximum}</translation>
    </message>
</context>
<context>
    <name>WalletSection</name>
    <message>
        <location filename="../../inharmony_desktop/ui/voucher_tools.py" line="34"/>
        <source>Wallet and quota</source>
        <translation>Portefeuille en quotum</translation>
    </message>
</context>
<context>
    <name>WeekReviewDialog</name>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/week_review.py" line="51"/>
        <source>Cancel prestation</source>
        <translation>Prestatie annuleren</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/week_review.py" line="52"/>
        <source>Reason for cancelling {what}:</source>
        <translation>Reden voor het annuleren van {what}:</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/week_review.py" line="66"/>
        <source>Week review</source>
        <translation>Week nakijken</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/week_review.py" line="80"/>
        <source>◀ Previous week</source>
        <translation>◀ Vorige week</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/week_review.py" line="81"/>
        <source>Next week ▶</source>
        <translation>Volgende week ▶</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/week_review.py" line="91"/>
        <source>Performed</source>
        <translation>Uitgevoerd</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/week_review.py" line="91"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/week_review.py" line="91"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/week_review.py" line="91"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/week_review.py" line="92"/>
        <source>User number</source>
        <translation>Gebruikersnummer</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/week_review.py" line="92"/>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/week_review.py" line="92"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/week_review.py" line="92"/>
        <source>Warnings</source>
        <translation>Waarschuwingen</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/week_review.py" line="98"/>
        <source>Tick &amp;all</source>
        <translation>&amp;Alles aanvinken</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/week_review.py" line="99"/>
        <source>&amp;Untick all</source>
        <translation>Alles &amp;uitvinken</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/week_review.py" line="100"/>
        <source>&amp;Cancel prestation…</source>
        <translation>Prestatie a&amp;nnuleren…</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/week_review.py" line="110"/>
        <source>Week of:</source>
        <translation>Week van:</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/week_review.py" line="161"/>
        <source>{helper} — {count} prestations, {hours} h</source>
        <translation>{helper} — {count} prestaties, {hours} u</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/week_review.py" line="182"/>
        <source> h</source>
        <translation> u</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/week_review.py" line="230"/>
        <source>cancelled: {reason}</source>
        <translation>geannuleerd: {reason}</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/week_review.py" line="247"/>
        <source>{planned} planned prestations: {performed} to mark performed, {left} left planned, {cancelled} cancelled.</source>
        <translation>{planned} geplande prestaties: {performed} als uitgevoerd te markeren, {left} blijven gepland, {cancelled} geannuleerd.</translation>
    </message>
</context>
<context>
    <name>Weekdays</name>
    <message>
        <location filename="../../inharmony_desktop/ui/models/schedules.py" line="29"/>
        <source>Monday</source>
        <translation>maandag</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/schedules.py" line="29"/>
        <source>Tuesday</source>
        <translation>dinsdag</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/schedules.py" line="30"/>
        <source>Wednesday</source>
        <translation>woensdag</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/schedules.py" line="30"/>
        <source>Thursday</source>
        <translation>donderdag</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/schedules.py" line="31"/>
        <source>Friday</source>
        <translation>vrijdag</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/schedules.py" line="31"/>
        <source>Saturday</source>
        <translation>zaterdag</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/schedules.py" line="32"/>
        <source>Sunday</source>
        <translation>zondag</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/schedules.py" line="38"/>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/schedules.py" line="38"/>
        <source>Tue</source>
        <translation>di</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/schedules.py" line="38"/>
        <source>Wed</source>
        <translation>wo</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/schedules.py" line="39"/>
        <source>Thu</source>
        <translation>do</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/schedules.py" line="39"/>
        <source>Fri</source>
        <translation>vr</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/schedules.py" line="39"/>
        <source>Sat</source>
        <translation>za</translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/models/schedules.py" line="40"/>
        <source>Sun</source>
        <translation>zo</translation>
    </message>
</context>
</TS>
