<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AddressSection</name>
    <message>
        <location filename="../../inharmony_desktop/ui/views/details.py" line="47"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../inharmony_desktop/ui/app.py" line="68"/>
        <source>An unexpected error occurred. Your last change may not have been saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/customer.py" line="17"/>
        <source>Edit customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/customer.py" line="17"/>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/customer.py" line="20"/>
        <source>Customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/customer.py" line="21"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/customer.py" line="22"/>
        <source>Street and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/customer.py" line="23"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/customer.py" line="24"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/customer.py" line="25"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/customer.py" line="26"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/customer.py" line="27"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/customer.py" line="30"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/customer.py" line="32"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <location filename="../../inharmony_desktop/ui/views/customer_tree.py" line="39"/>
        <source>Search name, number, user number or city</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../inharmony_desktop/ui/views/details.py" line="136"/>
        <source>Select a customer or user number on the left.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message numerus="yes">
        <location filename="../../inharmony_desktop/ui/editing.py" line="176"/>
        <source>Delete %n prestation(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inharmony_desktop/ui/editing.py" line="180"/>
        <source>Delete %n prestation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelperDialog</name>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/helper.py" line="16"/>
        <source>Edit helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/helper.py" line="16"/>
        <source>New helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/helper.py" line="19"/>
        <source>Helper number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/helper.py" line="20"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/helper.py" line="21"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/helper.py" line="22"/>
        <source>National number (INSZ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/helper.py" line="24"/>
        <source>Contract hours per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/helper.py" line="26"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpersTab</name>
    <message>
        <location filename="../../inharmony_desktop/ui/tabs/helpers.py" line="34"/>
        <source>Search helpers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inharmony_desktop/ui/tabs/helpers.py" line="50"/>
        <source>%n helper(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../inharmony_desktop/ui/main_window.py" line="81"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/main_window.py" line="83"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/main_window.py" line="111"/>
        <source>Prestations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/main_window.py" line="116"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/main_window.py" line="120"/>
        <source>Helpers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/main_window.py" line="136"/>
        <source>Database: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/main_window.py" line="235"/>
        <source>{customers} customers · {numbers} user numbers · {prestations} prestations shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/main_window.py" line="320"/>
        <source>Change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/main_window.py" line="325"/>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/main_window.py" line="326"/>
        <source>&lt;b&gt;{app}&lt;/b&gt; {version}&lt;br&gt;The back office of Inharmony: customers, user numbers, helpers, prestations, voucher orders and yearly statements.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/order.py" line="21"/>
        <source>Edit order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/order.py" line="21"/>
        <source>New order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/order.py" line="25"/>
        <source>User number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/order.py" line="27"/>
        <source>Order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/order.py" line="31"/>
        <source>Vouchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/order.py" line="34"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/order.py" line="35"/>
        <source>as the payment mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/order.py" line="38"/>
        <source>Own unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/order.py" line="39"/>
        <source>Unit price (€)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <location filename="../../inharmony_desktop/ui/tabs/orders.py" line="33"/>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/tabs/orders.py" line="38"/>
        <source>Only the selection on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/tabs/orders.py" line="42"/>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inharmony_desktop/ui/tabs/orders.py" line="77"/>
        <source>%n order(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrestationDialog</name>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/prestation.py" line="34"/>
        <source>Edit prestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/prestation.py" line="34"/>
        <source>New prestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/prestation.py" line="40"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/prestation.py" line="44"/>
        <source>User number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/prestation.py" line="46"/>
        <source>Type a number or a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/prestation.py" line="47"/>
        <source>Helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/prestation.py" line="49"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/prestation.py" line="52"/>
        <source>Hours (vouchers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/prestation.py" line="55"/>
        <source>Paper / electronic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/prestation.py" line="56"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/prestation.py" line="62"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/prestation.py" line="81"/>
        <source>by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/prestation.py" line="82"/>
        <source>Without this, the split follows the payment mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/prestation.py" line="89"/>
        <source>paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/prestation.py" line="91"/>
        <source>electronic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrestationsTab</name>
    <message>
        <location filename="../../inharmony_desktop/ui/tabs/prestations.py" line="54"/>
        <source>All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/tabs/prestations.py" line="54"/>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/tabs/prestations.py" line="55"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/tabs/prestations.py" line="55"/>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/tabs/prestations.py" line="56"/>
        <source>From – to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/tabs/prestations.py" line="66"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/tabs/prestations.py" line="70"/>
        <source>All activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/tabs/prestations.py" line="73"/>
        <source>Only the selection on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/tabs/prestations.py" line="76"/>
        <source>Search customer, user number, helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/tabs/prestations.py" line="112"/>
        <source>All helpers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inharmony_desktop/ui/tabs/prestations.py" line="163"/>
        <source>%n prestation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuickEntryBar</name>
    <message>
        <location filename="../../inharmony_desktop/ui/views/quick_entry.py" line="32"/>
        <source>User number or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/quick_entry.py" line="36"/>
        <source>Helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/quick_entry.py" line="40"/>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/quick_entry.py" line="41"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/quick_entry.py" line="42"/>
        <source>Save this prestation (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/quick_entry.py" line="49"/>
        <source>Quick entry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/quick_entry.py" line="89"/>
        <source>Choose a user number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/quick_entry.py" line="93"/>
        <source>Choose a helper.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="53"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="58"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="59"/>
        <source>Yearly rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="60"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="67"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="67"/>
        <source>Street and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="68"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="68"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="69"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="69"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="70"/>
        <source>Recognition number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="78"/>
        <source>These details appear on the yearly statements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="84"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="84"/>
        <source>Price (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="84"/>
        <source>Higher price (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="85"/>
        <source>Higher price above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="85"/>
        <source>Personal max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="86"/>
        <source>Household max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="86"/>
        <source>Special max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="87"/>
        <source>Valid (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="87"/>
        <source>Validity from month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="88"/>
        <source>Tax reduction (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="88"/>
        <source>Fiscal ceiling (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="89"/>
        <source>Last paper order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="89"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="115"/>
        <source>Amounts in euros (e.g. 10,00). Edit a cell to change the rules of that year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="127"/>
        <source>Language of the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="128"/>
        <source>A new language takes effect when the program restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="143"/>
        <source>Row {row}, {column}: &apos;{text}&apos; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/settings.py" line="153"/>
        <source>The company name is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserNumberDialog</name>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/user_number.py" line="52"/>
        <source>Edit user number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/user_number.py" line="52"/>
        <source>New user number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/user_number.py" line="55"/>
        <source>User number (12 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/user_number.py" line="58"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/user_number.py" line="60"/>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/user_number.py" line="61"/>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/user_number.py" line="64"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/user_number.py" line="66"/>
        <source>Payment mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/user_number.py" line="86"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/user_number.py" line="86"/>
        <source>Pays with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/user_number.py" line="97"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/user_number.py" line="99"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/dialogs/user_number.py" line="145"/>
        <source>Give at least one payment mode with its start date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserNumberSection</name>
    <message>
        <location filename="../../inharmony_desktop/ui/views/details.py" line="71"/>
        <source>User number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/details.py" line="83"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/details.py" line="84"/>
        <source>Payment mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/details.py" line="85"/>
        <source>Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/details.py" line="86"/>
        <source>Expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/details.py" line="87"/>
        <source>Ordered this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/details.py" line="96"/>
        <source>Quota: {quota}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/details.py" line="99"/>
        <source>from {date}: {mode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/details.py" line="102"/>
        <source>{count} electronic vouchers available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/details.py" line="104"/>
        <source>{count} vouchers still to be paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/details.py" line="108"/>
        <source>{count} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/details.py" line="110"/>
        <source>none in the next 60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inharmony_desktop/ui/views/details.py" line="118"/>
        <source>{ordered} of {maximum}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
