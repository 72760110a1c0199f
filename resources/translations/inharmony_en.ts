<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AbsencesTab</name>
    <message numerus="yes">
        <source>%n absence(s)</source>
        <translation>
            <numerusform>%n absence</numerusform>
            <numerusform>%n absences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorrectionsPanel</name>
    <message numerus="yes">
        <source>%n prestation(s) to correct in Pluxee&apos;s zone</source>
        <translation>
            <numerusform>%n prestation to correct in Pluxee&apos;s zone</numerusform>
            <numerusform>%n prestations to correct in Pluxee&apos;s zone</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorrectionsSection</name>
    <message numerus="yes">
        <source>%n prestation(s) to correct in Pluxee&apos;s zone</source>
        <translation>
            <numerusform>%n prestation to correct in Pluxee&apos;s zone</numerusform>
            <numerusform>%n prestations to correct in Pluxee&apos;s zone</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvTransfer</name>
    <message numerus="yes">
        <source>%n row(s) written to {file}.</source>
        <translation>
            <numerusform>%n row written to {file}.</numerusform>
            <numerusform>%n rows written to {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported from {file}.</source>
        <translation>
            <numerusform>%n row imported from {file}.</numerusform>
            <numerusform>%n rows imported from {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerTreeModel</name>
    <message numerus="yes">
        <source>%n prestation(s) to correct in Pluxee</source>
        <translation>
            <numerusform>%n prestation to correct in Pluxee</numerusform>
            <numerusform>%n prestations to correct in Pluxee</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message numerus="yes">
        <source>Delete %n prestation(s)?</source>
        <translation>
            <numerusform>Delete %n prestation?</numerusform>
            <numerusform>Delete %n prestations?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n prestation(s)</source>
        <translation>
            <numerusform>Delete %n prestation</numerusform>
            <numerusform>Delete %n prestations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GenerateDialog</name>
    <message numerus="yes">
        <source>&amp;Create %n prestation(s)</source>
        <translation>
            <numerusform>&amp;Create %n prestation</numerusform>
            <numerusform>&amp;Create %n prestations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpersTab</name>
    <message numerus="yes">
        <source>%n helper(s)</source>
        <translation>
            <numerusform>%n helper</numerusform>
            <numerusform>%n helpers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InputPage</name>
    <message numerus="yes">
        <source>%n voucher(s)</source>
        <translation>
            <numerusform>%n voucher</numerusform>
            <numerusform>%n vouchers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IroningBasketDialog</name>
    <message numerus="yes">
        <source>{paid} min to pay → %n voucher(s); new credit {credit} min</source>
        <translation>
            <numerusform>{paid} min to pay → %n voucher; new credit {credit} min</numerusform>
            <numerusform>{paid} min to pay → %n vouchers; new credit {credit} min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message numerus="yes">
        <source>%n hit(s) on this page</source>
        <translation>
            <numerusform>%n hit on this page</numerusform>
            <numerusform>%n hits on this page</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>also in %n other chapter(s)</source>
        <translation>
            <numerusform>also in %n other chapter</numerusform>
            <numerusform>also in %n other chapters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveCommands</name>
    <message numerus="yes">
        <source>Move %n prestation(s) to {target}</source>
        <translation>
            <numerusform>Move %n prestation to {target}</numerusform>
            <numerusform>Move %n prestations to {target}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n prestation(s) as corrected in Pluxee</source>
        <translation>
            <numerusform>Mark %n prestation as corrected in Pluxee</numerusform>
            <numerusform>Mark %n prestations as corrected in Pluxee</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveController</name>
    <message numerus="yes">
        <source>%n prestation(s) moved to {target}.</source>
        <translation>
            <numerusform>%n prestation moved to {target}.</numerusform>
            <numerusform>%n prestations moved to {target}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to correct in Pluxee.</source>
        <translation>
            <numerusform>%n to correct in Pluxee.</numerusform>
            <numerusform>%n to correct in Pluxee.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveTargetDialog</name>
    <message numerus="yes">
        <source>Move %n selected prestation(s) to this user number:</source>
        <translation>
            <numerusform>Move %n selected prestation to this user number:</numerusform>
            <numerusform>Move %n selected prestations to this user number:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayrollDialog</name>
    <message numerus="yes">
        <source>%n helper(s), {hours} hours worked in {month}.</source>
        <translation>
            <numerusform>%n helper, {hours} hours worked in {month}.</numerusform>
            <numerusform>%n helpers, {hours} hours worked in {month}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): look at them first. You may go on anyway; the office copy (kantoor.pdf) lists them too.</source>
        <translation>
            <numerusform>%n warning: look at it first. You may go on anyway; the office copy (kantoor.pdf) lists it too.</numerusform>
            <numerusform>%n warnings: look at them first. You may go on anyway; the office copy (kantoor.pdf) lists them too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: every statement together, to print (%n page(s))</source>
        <translation>
            <numerusform>{name}: every statement together, to print (%n page)</numerusform>
            <numerusform>{name}: every statement together, to print (%n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: an overview of the month and every statement with its warnings (%n page(s))</source>
        <translation>
            <numerusform>{name}: an overview of the month and every statement with its warnings (%n page)</numerusform>
            <numerusform>{name}: an overview of the month and every statement with its warnings (%n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n monthly statement(s), one per helper,</source>
        <translation>
            <numerusform>%n monthly statement, one per helper,</numerusform>
            <numerusform>%n monthly statements, one per helper,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and {name} for the social secretariat (%n line(s))</source>
        <translation>
            <numerusform>and {name} for the social secretariat (%n line)</numerusform>
            <numerusform>and {name} for the social secretariat (%n lines)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message numerus="yes">
        <source>{number}: {used} of {held} paper vouchers used on %n prestation(s); electronic from {day}.</source>
        <translation>
            <numerusform>{number}: {used} of {held} paper vouchers used on %n prestation; electronic from {day}.</numerusform>
            <numerusform>{number}: {used} of {held} paper vouchers used on %n prestations; electronic from {day}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PluxeeCommands</name>
    <message numerus="yes">
        <source>Mark %n Pluxee row(s) handled</source>
        <translation>
            <numerusform>Mark %n Pluxee row handled</numerusform>
            <numerusform>Mark %n Pluxee rows handled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open %n Pluxee row(s) again</source>
        <translation>
            <numerusform>Open %n Pluxee row again</numerusform>
            <numerusform>Open %n Pluxee rows again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create %n prestation(s) as Pluxee has them</source>
        <translation>
            <numerusform>Create %n prestation as Pluxee has it</numerusform>
            <numerusform>Create %n prestations as Pluxee has them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PluxeeFeature</name>
    <message numerus="yes">
        <source>Pluxee export {file} read: %n difference(s) on the work list.</source>
        <translation>
            <numerusform>Pluxee export {file} read: %n difference on the work list.</numerusform>
            <numerusform>Pluxee export {file} read: %n differences on the work list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PluxeePreviewDialog</name>
    <message numerus="yes">
        <source>%n prestation(s) will be brought up to date;</source>
        <translation>
            <numerusform>%n prestation will be brought up to date;</numerusform>
            <numerusform>%n prestations will be brought up to date;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) go to the work list of the Pluxee tab.</source>
        <translation>
            <numerusform>%n difference goes to the work list of the Pluxee tab.</numerusform>
            <numerusform>%n differences go to the work list of the Pluxee tab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PluxeeTab</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n difference</numerusform>
            <numerusform>%n differences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prestation(s) brought up to date</source>
        <translation>
            <numerusform>%n prestation brought up to date</numerusform>
            <numerusform>%n prestations brought up to date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs action (%n)</source>
        <translation>
            <numerusform>Needs action (%n)</numerusform>
            <numerusform>Needs action (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everything (%n)</source>
        <translation>
            <numerusform>Everything (%n)</numerusform>
            <numerusform>Everything (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>one of %n prestation(s): {ids}</source>
        <translation>
            <numerusform>one of %n prestation: {ids}</numerusform>
            <numerusform>one of %n prestations: {ids}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown</source>
        <translation>
            <numerusform>%n row shown</numerusform>
            <numerusform>%n rows shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrestationsTab</name>
    <message numerus="yes">
        <source>%n prestation(s)</source>
        <translation>
            <numerusform>%n prestation</numerusform>
            <numerusform>%n prestations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{date}, {number} ({holder}), {helper}, {activity}, %n hour(s)</source>
        <translation>
            <numerusform>{date}, {number} ({holder}), {helper}, {activity}, %n hour</numerusform>
            <numerusform>{date}, {number} ({holder}), {helper}, {activity}, %n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Refunds</name>
    <message numerus="yes">
        <source>Refund of %n voucher(s)</source>
        <translation>
            <numerusform>Refund of %n voucher</numerusform>
            <numerusform>Refund of %n vouchers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchedulesTab</name>
    <message numerus="yes">
        <source>%n schedule(s)</source>
        <translation>
            <numerusform>%n schedule</numerusform>
            <numerusform>%n schedules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SplitEditor</name>
    <message numerus="yes">
        <source>%n voucher(s)</source>
        <translation>
            <numerusform>%n voucher</numerusform>
            <numerusform>%n vouchers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prestation(s) of {hours} hours.</source>
        <translation>
            <numerusform>%n prestation of {hours} hours.</numerusform>
            <numerusform>%n prestations of {hours} hours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prestation(s) with different hours.</source>
        <translation>
            <numerusform>%n prestation with different hours.</numerusform>
            <numerusform>%n prestations with different hours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set by hand.</source>
        <translation>
            <numerusform>%n set by hand.</numerusform>
            <numerusform>%n set by hand.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatementActions</name>
    <message numerus="yes">
        <source>%n yearly statement(s) written to {folder}.</source>
        <translation>
            <numerusform>%n yearly statement written to {folder}.</numerusform>
            <numerusform>%n yearly statements written to {folder}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatementPreviewDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoucherTools</name>
    <message numerus="yes">
        <source>Split of %n prestation(s) back to default</source>
        <translation>
            <numerusform>Split of %n prestation back to default</numerusform>
            <numerusform>Split of %n prestations back to default</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Split %n prestation(s): {paper} paper + {electronic} electronic</source>
        <translation>
            <numerusform>Split %n prestation: {paper} paper + {electronic} electronic</numerusform>
            <numerusform>Split %n prestations: {paper} paper + {electronic} electronic</numerusform>
        </translation>
    </message>
</context>
</TS>
