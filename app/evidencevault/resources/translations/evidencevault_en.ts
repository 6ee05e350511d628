<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>AuditTab</name>
    <message numerus="yes">
        <location filename="../../ui/tabs/audit.py" line="130" />
        <source>The log is intact: %n entry(ies) checked, each linked to the one before; signatures valid.</source>
        <translation>
            <numerusform>The log is intact: %n entry checked, each linked to the one before; signatures valid.</numerusform><numerusform>The log is intact: %n entries checked, each linked to the one before; signatures valid.</numerusform></translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message numerus="yes">
        <location filename="../../ui/tabs/evidence.py" line="117" />
        <source>%n original(s)</source>
        <translation>
            <numerusform>%n original</numerusform><numerusform>%n originals</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tabs/evidence.py" line="118" />
        <source>%n working copy(ies)</source>
        <translation>
            <numerusform>%n working copy</numerusform><numerusform>%n working copies</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tabs/evidence.py" line="127" />
        <source>Send %n selected…</source>
        <translation>
            <numerusform>Send %n selected…</numerusform><numerusform>Send %n selected…</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tabs/evidence.py" line="196" />
        <source>%n file(s) added.</source>
        <translation>
            <numerusform>%n file added.</numerusform><numerusform>%n files added.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tabs/evidence.py" line="198" />
        <source>%n already in this case.</source>
        <translation>
            <numerusform>%n already in this case.</numerusform><numerusform>%n already in this case.</numerusform></translation>
    </message>
</context>
<context>
    <name>OpenBundleDialog</name>
    <message numerus="yes">
        <location filename="../../ui/bundles/open_dialog.py" line="134" />
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform><numerusform>%n files</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bundles/open_dialog.py" line="135" />
        <source>%n of them copies the sender made (redacted or location removed)</source>
        <translation>
            <numerusform>%n of them copies the sender made (redacted or location removed)</numerusform><numerusform>%n of them copies the sender made (redacted or location removed)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bundles/open_dialog.py" line="137" />
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform><numerusform>%n persons</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bundles/open_dialog.py" line="138" />
        <source>%n testimony(ies)</source>
        <translation>
            <numerusform>%n testimony</numerusform><numerusform>%n testimonies</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bundles/open_dialog.py" line="276" />
        <source>Imported %n file(s)</source>
        <translation>
            <numerusform>Imported %n file</numerusform><numerusform>Imported %n files</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bundles/open_dialog.py" line="279" />
        <source>Also %n person(s)</source>
        <translation>
            <numerusform>Also %n person</numerusform><numerusform>Also %n persons</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bundles/open_dialog.py" line="280" />
        <source>%n testimony(ies).</source>
        <translation>
            <numerusform>%n testimony.</numerusform><numerusform>%n testimonies.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bundles/open_dialog.py" line="282" />
        <source>Already in this vault, not copied again: %n file(s).</source>
        <translation>
            <numerusform>Already in this vault, not copied again: %n file.</numerusform><numerusform>Already in this vault, not copied again: %n files.</numerusform></translation>
    </message>
</context>
<context>
    <name>OverdueDialog</name>
    <message numerus="yes">
        <location filename="../../ui/overdue.py" line="56" />
        <source>Unmet deadlines that have passed or fall within %n day(s). Press Enter on a row to open its case.</source>
        <translation>
            <numerusform>Unmet deadlines that have passed or fall within %n day. Press Enter on a row to open its case.</numerusform><numerusform>Unmet deadlines that have passed or fall within %n days. Press Enter on a row to open its case.</numerusform></translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message numerus="yes">
        <location filename="../../ui/tabs/overview.py" line="76" />
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform><numerusform>%n persons</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tabs/overview.py" line="77" />
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform><numerusform>%n incidents</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tabs/overview.py" line="78" />
        <source>%n testimony(ies)</source>
        <translation>
            <numerusform>%n testimony</numerusform><numerusform>%n testimonies</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tabs/overview.py" line="79" />
        <source>%n evidence item(s)</source>
        <translation>
            <numerusform>%n evidence item</numerusform><numerusform>%n evidence items</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tabs/overview.py" line="80" />
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n complaint</numerusform><numerusform>%n complaints</numerusform></translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/passphrase_fields.py" line="74" />
        <source>At least %n characters; several unrelated words are easiest to remember.</source>
        <translation>
            <numerusform>At least %n characters; several unrelated words are easiest to remember.</numerusform><numerusform>At least %n characters; several unrelated words are easiest to remember.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/passphrase_fields.py" line="76" />
        <source>Too short: at least %n characters.</source>
        <translation>
            <numerusform>Too short: at least %n characters.</numerusform><numerusform>Too short: at least %n characters.</numerusform></translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <location filename="../../ui/plurals.py" line="11" />
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform><numerusform>%n days overdue</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plurals.py" line="14" />
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform><numerusform>in %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plurals.py" line="17" />
        <source>%n use(s) allowed</source>
        <translation>
            <numerusform>%n use allowed</numerusform><numerusform>%n uses allowed</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plurals.py" line="20" />
        <source>%n withdrawn</source>
        <translation>
            <numerusform>%n withdrawn</numerusform><numerusform>%n withdrawn</numerusform></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../../ui/search_panel.py" line="121" />
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform><numerusform>%n results</numerusform></translation>
    </message>
</context>
<context>
    <name>SendBundleDialog</name>
    <message numerus="yes">
        <location filename="../../ui/bundles/send_dialog.py" line="128" />
        <source>Pictures to send that show where they were taken (GPS): %n. Tick “Remove the location” unless the recipient needs it.</source>
        <translation>
            <numerusform>Pictures to send that show where they were taken (GPS): %n. Tick “Remove the location” unless the recipient needs it.</numerusform><numerusform>Pictures to send that show where they were taken (GPS): %n. Tick “Remove the location” unless the recipient needs it.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bundles/send_dialog.py" line="426" />
        <source>Sent %n file(s)</source>
        <translation>
            <numerusform>Sent %n file</numerusform><numerusform>Sent %n files</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bundles/send_dialog.py" line="434" />
        <source>Not ticked, so not sent: %n file(s):</source>
        <translation>
            <numerusform>Not ticked, so not sent: %n file:</numerusform><numerusform>Not ticked, so not sent: %n files:</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bundles/send_dialog.py" line="439" />
        <source>With them: %n person(s)</source>
        <translation>
            <numerusform>With them: %n person</numerusform><numerusform>With them: %n persons</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bundles/send_dialog.py" line="440" />
        <source>%n testimony(ies).</source>
        <translation>
            <numerusform>%n testimony.</numerusform><numerusform>%n testimonies.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bundles/send_dialog.py" line="444" />
        <source>Location (GPS) removed from %n image(s).</source>
        <translation>
            <numerusform>Location (GPS) removed from %n image.</numerusform><numerusform>Location (GPS) removed from %n images.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bundles/send_dialog.py" line="446" />
        <source>Sent with the place they were taken (GPS): %n picture(s).</source>
        <translation>
            <numerusform>Sent with the place they were taken (GPS): %n picture.</numerusform><numerusform>Sent with the place they were taken (GPS): %n pictures.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bundles/send_dialog.py" line="457" />
        <source>Left out (%n):</source>
        <translation>
            <numerusform>Left out (%n):</numerusform><numerusform>Left out (%n):</numerusform></translation>
    </message>
</context>
</TS>