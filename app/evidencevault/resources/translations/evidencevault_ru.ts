<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
    <context>
        <name>AnnotationsPanel</name>
        <message>
            <location filename="../../ui/annotations_panel.py" line="70" />
            <source>Your note; the record itself is not changed</source>
            <translation>Ваша заметка; сама запись не меняется</translation>
        </message>
        <message>
            <location filename="../../ui/annotations_panel.py" line="77" />
            <source>How far the record can be trusted, in your view</source>
            <translation>Насколько, по-вашему, можно доверять записи</translation>
        </message>
        <message>
            <location filename="../../ui/annotations_panel.py" line="78" />
            <source>not rated</source>
            <translation>без оценки</translation>
        </message>
        <message>
            <location filename="../../ui/annotations_panel.py" line="79" />
            <source>Add note</source>
            <translation>Добавить заметку</translation>
        </message>
        <message>
            <location filename="../../ui/annotations_panel.py" line="81" />
            <source>Add the note (Ctrl+Enter)</source>
            <translation>Добавить заметку (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/annotations_panel.py" line="89" />
            <source>Reliability:</source>
            <translation>Достоверность:</translation>
        </message>
        <message>
            <location filename="../../ui/annotations_panel.py" line="124" />
            <source>No notes yet.</source>
            <translation>Заметок пока нет.</translation>
        </message>
        <message>
            <location filename="../../ui/annotations_panel.py" line="125" />
            <source>Save the record first; then notes can be added beside it.</source>
            <translation>Сначала сохраните запись; потом к ней можно добавлять заметки.</translation>
        </message>
        <message>
            <location filename="../../ui/annotations_panel.py" line="126" />
            <source>Reviewer notes (%1)</source>
            <translation>Заметки рецензентов (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/annotations_panel.py" line="130" />
            <source>unknown reviewer</source>
            <translation>неизвестный рецензент</translation>
        </message>
        <message>
            <location filename="../../ui/annotations_panel.py" line="136" />
            <source>imported</source>
            <translation>импортировано</translation>
        </message>
        <message>
            <location filename="../../ui/annotations_panel.py" line="150" />
            <source>Write the note first; an empty note is not added.</source>
            <translation>Сначала напишите заметку; пустая заметка не добавляется.</translation>
        </message>
        <message>
            <location filename="../../ui/annotations_panel.py" line="163" />
            <source>Note added beside the record; the record itself is unchanged.</source>
            <translation>Заметка добавлена к записи; сама запись не изменилась.</translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <location filename="../../ui/tabs/audit.py" line="75" />
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/audit.py" line="75" />
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/audit.py" line="75" />
            <source>Who</source>
            <translation>Кто</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/audit.py" line="75" />
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/audit.py" line="75" />
            <source>Item</source>
            <translation>Объект</translation>
        </message>
    </context>
    <context>
        <name>AuditTab</name>
        <message>
            <location filename="../../ui/tabs/audit.py" line="102" />
            <source>Verify log</source>
            <translation>Проверить журнал</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/audit.py" line="105" />
            <source>“Verify log” checks every entry of the vault's log and its signatures.</source>
            <translation>«Проверить журнал» проверяет каждую запись журнала хранилища и его подписи.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/audit.py" line="121" />
            <source>Checking the log…</source>
            <translation>Проверка журнала…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/audit.py" line="122" />
            <source>Verifying the log</source>
            <translation>Проверка журнала</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/audit.py" line="130" />
            <source>The log is intact: %n entry(ies) checked, each linked to the one before; signatures valid.</source>
            <translation>
                <numerusform>Журнал цел: проверена %n запись, каждая связана с предыдущей; подписи верны.</numerusform>
                <numerusform>Журнал цел: проверено %n записи, каждая связана с предыдущей; подписи верны.</numerusform>
                <numerusform>Журнал цел: проверено %n записей, каждая связана с предыдущей; подписи верны.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/audit.py" line="134" />
            <source>The log is broken at entry {seq}: {problem}. Something changed it outside the program.</source>
            <translation>Журнал нарушен на записи {seq}: {problem}. Его изменили в обход программы.</translation>
        </message>
    </context>
    <context>
        <name>BundleActions</name>
        <message>
            <location filename="../../ui/bundles/actions.py" line="21" />
            <source>&amp;Identity and contacts…</source>
            <translation>&amp;Ключи и контакты…</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/actions.py" line="22" />
            <source>&amp;Open bundle…</source>
            <translation>&amp;Открыть пакет…</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/actions.py" line="23" />
            <source>&amp;Send bundle…</source>
            <translation>&amp;Отправить пакет…</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/actions.py" line="24" />
            <source>Send chosen &amp;files…</source>
            <translation>Отправить выбранные &amp;файлы…</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/actions.py" line="81" />
            <source>Open a case first, then select its files in the Evidence tab.</source>
            <translation>Сначала откройте дело, затем выберите его файлы на вкладке «Материалы».</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/actions.py" line="85" />
            <source>This case has no files yet: add them here first.</source>
            <translation>В этом деле ещё нет файлов: сначала добавьте их здесь.</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/actions.py" line="88" />
            <source>Select the files to send in the gallery (Ctrl- or Shift-click), then press “Send selected…”.</source>
            <translation>Выберите файлы для отправки в галерее (щелчок с Ctrl или Shift), затем нажмите «Отправить выбранные…».</translation>
        </message>
    </context>
    <context>
        <name>CaseDialog</name>
        <message>
            <location filename="../../ui/cases/case_dialog.py" line="22" />
            <source>New case</source>
            <translation>Новое дело</translation>
        </message>
        <message>
            <location filename="../../ui/cases/case_dialog.py" line="22" />
            <source>Edit case</source>
            <translation>Изменить дело</translation>
        </message>
        <message>
            <location filename="../../ui/cases/case_dialog.py" line="28" />
            <source>For example: Detention and beating at police station No. 3</source>
            <translation>Например: задержание и избиение в отделе полиции № 3</translation>
        </message>
        <message>
            <location filename="../../ui/cases/case_dialog.py" line="31" />
            <source>Leave empty for the next number</source>
            <translation>Оставьте пустым — номер будет присвоен</translation>
        </message>
        <message>
            <location filename="../../ui/cases/case_dialog.py" line="38" />
            <source>Comma-separated, e.g. police, 2020, Tashkent</source>
            <translation>Через запятую, например: полиция, 2020, Ташкент</translation>
        </message>
        <message>
            <location filename="../../ui/cases/case_dialog.py" line="53" />
            <source>Title:</source>
            <translation>Название:</translation>
        </message>
        <message>
            <location filename="../../ui/cases/case_dialog.py" line="54" />
            <source>Reference:</source>
            <translation>Номер:</translation>
        </message>
        <message>
            <location filename="../../ui/cases/case_dialog.py" line="55" />
            <source>Status:</source>
            <translation>Статус:</translation>
        </message>
        <message>
            <location filename="../../ui/cases/case_dialog.py" line="56" />
            <source>Tags:</source>
            <translation>Метки:</translation>
        </message>
        <message>
            <location filename="../../ui/cases/case_dialog.py" line="57" />
            <source>Summary:</source>
            <translation>Краткое описание:</translation>
        </message>
    </context>
    <context>
        <name>CaseList</name>
        <message>
            <location filename="../../ui/cases/case_list.py" line="27" />
            <source>Filter cases: title, reference, tag…</source>
            <translation>Фильтр дел: название, номер, метка…</translation>
        </message>
        <message>
            <location filename="../../ui/cases/case_list.py" line="33" />
            <source>No cases yet — press Ctrl+N to add the first one.</source>
            <translation>Дел пока нет — нажмите Ctrl+N, чтобы добавить первое.</translation>
        </message>
    </context>
    <context>
        <name>CaseTableModel</name>
        <message>
            <location filename="../../ui/cases/model.py" line="120" />
            <source>Reference</source>
            <translation>Номер</translation>
        </message>
        <message>
            <location filename="../../ui/cases/model.py" line="120" />
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../ui/cases/model.py" line="120" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../ui/cases/model.py" line="120" />
            <source>Tags</source>
            <translation>Метки</translation>
        </message>
        <message>
            <location filename="../../ui/cases/model.py" line="121" />
            <source>Last change</source>
            <translation>Изменено</translation>
        </message>
    </context>
    <context>
        <name>CaseView</name>
        <message>
            <location filename="../../ui/case_view.py" line="18" />
            <source>&amp;Overview</source>
            <translation>&amp;Обзор</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="19" />
            <source>&amp;People</source>
            <translation>&amp;Люди</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="20" />
            <source>T&amp;imeline</source>
            <translation>Х&amp;ронология</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="21" />
            <source>&amp;Testimonies</source>
            <translation>&amp;Показания</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="22" />
            <source>&amp;Evidence</source>
            <translation>&amp;Материалы</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="23" />
            <source>&amp;Complaints</source>
            <translation>&amp;Жалобы</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="24" />
            <source>&amp;Reparations</source>
            <translation>Возм&amp;ещение</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="25" />
            <source>&amp;Audit</source>
            <translation>Жур&amp;нал</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="37" />
            <source>Choose a case on the left, or press Ctrl+N to add one.</source>
            <translation>Выберите дело слева или нажмите Ctrl+N, чтобы добавить новое.</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <location filename="../../ui/dialogs/change_passphrase.py" line="20" />
            <source>Change passphrase — Evidence Vault</source>
            <translation>Смена парольной фразы — Evidence Vault</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/change_passphrase.py" line="26" />
            <source>New passphrase:</source>
            <translation>Новая парольная фраза:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/change_passphrase.py" line="37" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/change_passphrase.py" line="40" />
            <source>Change passphrase</source>
            <translation>Сменить парольную фразу</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/change_passphrase.py" line="45" />
            <source>Current passphrase:</source>
            <translation>Текущая парольная фраза:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/change_passphrase.py" line="53" />
            <source>The recovery code stays the same.</source>
            <translation>Код восстановления не меняется.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/change_passphrase.py" line="68" />
            <source>Changing the passphrase</source>
            <translation>Смена парольной фразы</translation>
        </message>
    </context>
    <context>
        <name>ComplaintsTab</name>
        <message>
            <location filename="../../ui/tabs/complaints.py" line="103" />
            <source>Add complaint…</source>
            <translation>Добавить жалобу…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaints.py" line="104" />
            <source>Change status…</source>
            <translation>Изменить статус…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaints.py" line="107" />
            <source>No complaints yet. Record each complaint, then its answers and deadlines.</source>
            <translation>Жалоб пока нет. Записывайте каждую жалобу, затем ответы на неё и сроки.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaints.py" line="114" />
            <source>Responses</source>
            <translation>Ответы</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaints.py" line="117" />
            <source>Record a response…</source>
            <translation>Записать ответ…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaints.py" line="119" />
            <source>Deadlines, history and retaliation</source>
            <translation>Сроки, история и преследование</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaints.py" line="123" />
            <source>Add deadline…</source>
            <translation>Добавить срок…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaints.py" line="124" />
            <source>Mark met</source>
            <translation>Отметить выполненным</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaints.py" line="169" />
            <source>Status history:</source>
            <translation>История статусов:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaints.py" line="172" />
            <source>Retaliation recorded after this complaint: %1</source>
            <translation>Преследование после этой жалобы: %1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaints.py" line="174" />
            <source>No retaliation recorded after this complaint.</source>
            <translation>Преследования после этой жалобы не записано.</translation>
        </message>
    </context>
    <context>
        <name>ContactsModel</name>
        <message>
            <location filename="../../ui/bundles/contacts_model.py" line="55" />
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/contacts_model.py" line="55" />
            <source>age1… key</source>
            <translation>Ключ age1…</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/contacts_model.py" line="55" />
            <source>Signing fingerprint</source>
            <translation>Отпечаток ключа подписи</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/contacts_model.py" line="56" />
            <source>Verified in person</source>
            <translation>Проверен лично</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/contacts_model.py" line="72" />
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/contacts_model.py" line="72" />
            <source>no</source>
            <translation>нет</translation>
        </message>
    </context>
    <context>
        <name>CreateVaultDialog</name>
        <message>
            <location filename="../../ui/dialogs/create_vault.py" line="26" />
            <source>Create a vault — Evidence Vault</source>
            <translation>Создание хранилища — Evidence Vault</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/create_vault.py" line="42" />
            <source>A vault is a folder whose contents are encrypted with your passphrase. Choose one you can remember under stress. Next you get a recovery code: without the passphrase and the recovery code, nobody, including us, can open the vault.</source>
            <translation>Хранилище — это папка, содержимое которой зашифровано вашей парольной фразой. Выберите такую, которую вспомните и в стрессовой ситуации. Затем вы получите код восстановления: без парольной фразы и кода восстановления никто, включая нас, не сможет открыть хранилище.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/create_vault.py" line="46" />
            <source>Create a vault</source>
            <translation>Создать хранилище</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/create_vault.py" line="50" />
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/create_vault.py" line="54" />
            <source>Folder:</source>
            <translation>Папка:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/create_vault.py" line="57" />
            <source>Passphrase:</source>
            <translation>Парольная фраза:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/create_vault.py" line="70" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/create_vault.py" line="73" />
            <source>Create vault</source>
            <translation>Создать хранилище</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/create_vault.py" line="88" />
            <source>Folder for the new vault</source>
            <translation>Папка для нового хранилища</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/create_vault.py" line="105" />
            <source>Creating the vault</source>
            <translation>Создание хранилища</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/create_vault.py" line="138" />
            <source>Write down your recovery code</source>
            <translation>Запишите код восстановления</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/create_vault.py" line="141" />
            <source>If you forget the passphrase, this code is the only other way into the vault. It is shown now and never again. Write it on paper and keep it apart from this laptop; do not photograph it or save it in a file.</source>
            <translation>Если вы забудете парольную фразу, этот код — единственный другой способ открыть хранилище. Он показывается сейчас и больше никогда. Запишите его на бумаге и храните отдельно от ноутбука; не фотографируйте и не сохраняйте в файл.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/create_vault.py" line="155" />
            <source>I have written it down and will keep it safe</source>
            <translation>Я записал(а) код и буду хранить его надёжно</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/create_vault.py" line="157" />
            <source>Open the vault</source>
            <translation>Открыть хранилище</translation>
        </message>
    </context>
    <context>
        <name>EvidenceGalleryModel</name>
        <message>
            <location filename="../../ui/tabs/evidence_gallery.py" line="69" />
            <source>%1 (read-only)</source>
            <translation>%1 (только чтение)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence_gallery.py" line="73" />
            <source>working copy</source>
            <translation>рабочая копия</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence_gallery.py" line="73" />
            <source>original</source>
            <translation>оригинал</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence_gallery.py" line="75" />
            <source>imported from a bundle, read-only</source>
            <translation>импортировано из пакета, только для чтения</translation>
        </message>
    </context>
    <context>
        <name>EvidenceTab</name>
        <message>
            <location filename="../../ui/tabs/evidence.py" line="49" />
            <source>Drop photos, scans, documents, audio or whole folders here,
or press “Add files…”. Originals are kept bit for bit, encrypted.</source>
            <translation>Перетащите сюда фото, сканы, документы, аудио или целые папки
или нажмите «Добавить файлы…». Оригиналы хранятся без изменений, в зашифрованном виде.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence.py" line="55" />
            <source>Add files…</source>
            <translation>Добавить файлы…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence.py" line="58" />
            <source>Add folder…</source>
            <translation>Добавить папку…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence.py" line="61" />
            <source>Open…</source>
            <translation>Открыть…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence.py" line="64" />
            <location filename="../../ui/tabs/evidence.py" line="127" />
            <source>Send selected…</source>
            <translation>Отправить выбранные…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence.py" line="66" />
            <source>Write the files selected below to an encrypted bundle</source>
            <translation>Записать выбранные ниже файлы в зашифрованный пакет</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence.py" line="89" />
            <source>Who gave them, or where they were found</source>
            <translation>Кто передал или где найдены</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence.py" line="94" />
            <source>Source of files added:</source>
            <translation>Источник добавляемых файлов:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence.py" line="96" />
            <source>Reliability:</source>
            <translation>Достоверность:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/evidence.py" line="117" />
            <source>%n original(s)</source>
            <translation>
                <numerusform>%n оригинал</numerusform>
                <numerusform>%n оригинала</numerusform>
                <numerusform>%n оригиналов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/evidence.py" line="118" />
            <source>%n working copy(ies)</source>
            <translation>
                <numerusform>%n рабочая копия</numerusform>
                <numerusform>%n рабочие копии</numerusform>
                <numerusform>%n рабочих копий</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/evidence.py" line="127" />
            <source>Send %n selected…</source>
            <translation>
                <numerusform>Отправить выбранный (%n)…</numerusform>
                <numerusform>Отправить выбранные (%n)…</numerusform>
                <numerusform>Отправить выбранные (%n)…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence.py" line="160" />
            <source>Add evidence files</source>
            <translation>Добавить файлы материалов</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence.py" line="166" />
            <source>Add a folder of evidence</source>
            <translation>Добавить папку с материалами</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence.py" line="181" />
            <source>Adding %1 (%2 of %3)</source>
            <translation>Добавляется %1 (%2 из %3)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence.py" line="186" />
            <source>Adding evidence</source>
            <translation>Добавление материалов</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/evidence.py" line="196" />
            <source>%n file(s) added.</source>
            <translation>
                <numerusform>Добавлен %n файл.</numerusform>
                <numerusform>Добавлено %n файла.</numerusform>
                <numerusform>Добавлено %n файлов.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/evidence.py" line="198" />
            <source>%n already in this case.</source>
            <translation>
                <numerusform>%n уже был в деле.</numerusform>
                <numerusform>%n уже были в деле.</numerusform>
                <numerusform>%n уже были в деле.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence.py" line="207" />
            <source>Adding files was cancelled; the files already added were kept.</source>
            <translation>Добавление отменено; уже добавленные файлы сохранены.</translation>
        </message>
    </context>
    <context>
        <name>EvidenceViewer</name>
        <message>
            <location filename="../../ui/tabs/evidence_viewer.py" line="119" />
            <source>Evidence item — Evidence Vault</source>
            <translation>Материал — Evidence Vault</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence_viewer.py" line="127" />
            <source>Opening the original…</source>
            <translation>Открывается оригинал…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence_viewer.py" line="133" />
            <source>Zoom in</source>
            <translation>Крупнее</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence_viewer.py" line="134" />
            <source>Zoom out</source>
            <translation>Мельче</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence_viewer.py" line="135" />
            <source>Fit</source>
            <translation>По размеру окна</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence_viewer.py" line="137" />
            <source>Draw redactions</source>
            <translation>Закрасить области</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence_viewer.py" line="140" />
            <source>Clear</source>
            <translation>Очистить</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence_viewer.py" line="141" />
            <source>Make redacted copy</source>
            <translation>Сделать копию с закрашенными областями</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence_viewer.py" line="142" />
            <source>Strip location</source>
            <translation>Убрать геоданные</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence_viewer.py" line="185" />
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence_viewer.py" line="187" />
            <source>File:</source>
            <translation>Файл:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence_viewer.py" line="188" />
            <source>Kind:</source>
            <translation>Вид:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence_viewer.py" line="316" />
            <source>working copy</source>
            <translation>рабочая копия</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence_viewer.py" line="317" />
            <source>(made by the sender of the bundle)</source>
            <translation>(сделана отправителем пакета)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence_viewer.py" line="315" />
            <source>original</source>
            <translation>оригинал</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence_viewer.py" line="189" />
            <source>Type:</source>
            <translation>Тип:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence_viewer.py" line="190" />
            <source>Size:</source>
            <translation>Размер:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence_viewer.py" line="208" />
            <source>SHA-256:</source>
            <translation>SHA-256:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence_viewer.py" line="191" />
            <source>Taken:</source>
            <translation>Снято:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence_viewer.py" line="191" />
            <source>not recorded</source>
            <translation>не записано</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence_viewer.py" line="192" />
            <source>Camera:</source>
            <translation>Камера:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence_viewer.py" line="193" />
            <source>Location (GPS):</source>
            <translation>Место (GPS):</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence_viewer.py" line="233" />
            <source>Source:</source>
            <translation>Источник:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence_viewer.py" line="234" />
            <source>Reliability:</source>
            <translation>Достоверность:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence_viewer.py" line="194" />
            <source>Acquired:</source>
            <translation>Получено:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence_viewer.py" line="195" />
            <source>How:</source>
            <translation>Как:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence_viewer.py" line="216" />
            <source>Who gave it, or where it was found</source>
            <translation>Кто передал или где найдено</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence_viewer.py" line="220" />
            <source>Save source and reliability</source>
            <translation>Сохранить источник и достоверность</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence_viewer.py" line="255" />
            <source>Source and reliability saved.</source>
            <translation>Источник и достоверность сохранены.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence_viewer.py" line="269" />
            <source>No preview for this kind of file. Its details are on the right.</source>
            <translation>Для этого вида файлов нет просмотра. Сведения о нём — справа.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence_viewer.py" line="273" />
            <source>Opening the original</source>
            <translation>Открытие оригинала</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence_viewer.py" line="284" />
            <source>This image could not be shown ({detail}).</source>
            <translation>Не удалось показать изображение ({detail}).</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence_viewer.py" line="295" />
            <source>Making a redacted copy</source>
            <translation>Создание копии с закрашенными областями</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence_viewer.py" line="301" />
            <source>Making a copy without location</source>
            <translation>Создание копии без геоданных</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/evidence_viewer.py" line="309" />
            <source>Working copy made; the original is unchanged.</source>
            <translation>Рабочая копия создана; оригинал не изменён.</translation>
        </message>
    </context>
    <context>
        <name>IdentityDialog</name>
        <message>
            <location filename="../../ui/bundles/identity_dialog.py" line="25" />
            <source>Identity and contacts</source>
            <translation>Ключи и контакты</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/identity_dialog.py" line="42" />
            <source>This vault</source>
            <translation>Это хранилище</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/identity_dialog.py" line="45" />
            <source>Your age1… key:</source>
            <translation>Ваш ключ age1…:</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/identity_dialog.py" line="46" />
            <source>Your signing fingerprint:</source>
            <translation>Отпечаток вашего ключа подписи:</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/identity_dialog.py" line="54" />
            <source>Copy</source>
            <translation>Копировать</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/identity_dialog.py" line="59" />
            <source>Give your age1… key to whoever sends you bundles. Read the fingerprint to them in person or by phone, so they can tell your bundles from anyone else's.</source>
            <translation>Передайте ключ age1… тем, кто отправляет вам пакеты. Отпечаток прочитайте им лично или по телефону, чтобы они могли отличить ваши пакеты от чужих.</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/identity_dialog.py" line="69" />
            <source>Copied. The clipboard is emptied when the vault locks.</source>
            <translation>Скопировано. Буфер обмена очистится, когда хранилище будет заблокировано.</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/identity_dialog.py" line="73" />
            <source>Contacts</source>
            <translation>Контакты</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/identity_dialog.py" line="90" />
            <location filename="../../ui/bundles/identity_dialog.py" line="165" />
            <source>Mark verified in person</source>
            <translation>Отметить: проверен лично</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/identity_dialog.py" line="93" />
            <source>Remove…</source>
            <translation>Удалить…</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/identity_dialog.py" line="107" />
            <source>Add a contact</source>
            <translation>Добавить контакт</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/identity_dialog.py" line="111" />
            <source>age1… (from their Evidence Vault or age-keygen)</source>
            <translation>age1… (из их Evidence Vault или age-keygen)</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/identity_dialog.py" line="113" />
            <source>optional: 32 hexadecimal digits</source>
            <translation>необязательно: 32 шестнадцатеричные цифры</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/identity_dialog.py" line="114" />
            <source>I compared the key and fingerprint with them in person</source>
            <translation>Я сверил(а) ключ и отпечаток с ними лично</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/identity_dialog.py" line="116" />
            <source>Add contact</source>
            <translation>Добавить контакт</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/identity_dialog.py" line="118" />
            <source>Name:</source>
            <translation>Имя:</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/identity_dialog.py" line="119" />
            <source>age1… key:</source>
            <translation>Ключ age1…:</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/identity_dialog.py" line="120" />
            <source>Fingerprint:</source>
            <translation>Отпечаток:</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/identity_dialog.py" line="135" />
            <source>This is not an age key: it starts with age1 and is 62 letters and digits long, as printed by 'evidence-vault identity' or age-keygen. Nothing was added.</source>
            <translation>Это не ключ age: он начинается с age1 и состоит из 62 букв и цифр, как его выводят «evidence-vault identity» или age-keygen. Ничего не добавлено.</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/identity_dialog.py" line="147" />
            <source>%1 was added.</source>
            <translation>Контакт %1 добавлен.</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/identity_dialog.py" line="164" />
            <source>Mark not verified</source>
            <translation>Снять отметку о проверке</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/identity_dialog.py" line="178" />
            <source>Remove contact</source>
            <translation>Удалить контакт</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/identity_dialog.py" line="179" />
            <source>Remove %1 from your contacts? Bundles already imported from them keep their record.</source>
            <translation>Удалить %1 из контактов? Сведения о уже импортированных от них пакетах сохранятся.</translation>
        </message>
    </context>
    <context>
        <name>IncidentDialog</name>
        <message>
            <location filename="../../ui/tabs/incident_dialog.py" line="25" />
            <source>Add an incident</source>
            <translation>Добавить эпизод</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/incident_dialog.py" line="25" />
            <source>Edit incident</source>
            <translation>Изменить эпизод</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/incident_dialog.py" line="61" />
            <source>What happened, in a few words</source>
            <translation>Что произошло, в нескольких словах</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/incident_dialog.py" line="67" />
            <source>14.03.2020, 03.2020, 2020, ~2019 or empty if unknown</source>
            <translation>14.03.2020, 03.2020, 2020, ~2019 или пусто, если неизвестно</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/incident_dialog.py" line="78" />
            <source>no link</source>
            <translation>без связи</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/incident_dialog.py" line="39" />
            <source>What:</source>
            <translation>Что:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/incident_dialog.py" line="40" />
            <source>Type of act:</source>
            <translation>Вид действия:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/incident_dialog.py" line="41" />
            <source>When:</source>
            <translation>Когда:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/incident_dialog.py" line="42" />
            <source>Where:</source>
            <translation>Где:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/incident_dialog.py" line="43" />
            <source>Type of place:</source>
            <translation>Тип места:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/incident_dialog.py" line="44" />
            <source>Description:</source>
            <translation>Описание:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/incident_dialog.py" line="46" />
            <source>Link:</source>
            <translation>Связь:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/incident_dialog.py" line="47" />
            <source>… to:</source>
            <translation>… с:</translation>
        </message>
    </context>
    <context>
        <name>JobProgress</name>
        <message>
            <location filename="../../ui/jobs.py" line="195" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../ui/jobs.py" line="228" />
            <source>Stopping…</source>
            <translation>Остановка…</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <location filename="../../ui/lock_screen.py" line="28" />
            <source>The vault is locked</source>
            <translation>Хранилище заблокировано</translation>
        </message>
        <message>
            <location filename="../../ui/lock_screen.py" line="30" />
            <source>Its keys were dropped from memory. Type the passphrase to continue.</source>
            <translation>Ключи удалены из памяти. Введите парольную фразу, чтобы продолжить.</translation>
        </message>
        <message>
            <location filename="../../ui/lock_screen.py" line="36" />
            <location filename="../../ui/lock_screen.py" line="68" />
            <source>Passphrase</source>
            <translation>Парольная фраза</translation>
        </message>
        <message>
            <location filename="../../ui/lock_screen.py" line="38" />
            <source>Use the recovery code instead</source>
            <translation>Открыть кодом восстановления</translation>
        </message>
        <message>
            <location filename="../../ui/lock_screen.py" line="45" />
            <source>Unlock</source>
            <translation>Разблокировать</translation>
        </message>
        <message>
            <location filename="../../ui/lock_screen.py" line="68" />
            <source>Recovery code</source>
            <translation>Код восстановления</translation>
        </message>
        <message>
            <location filename="../../ui/lock_screen.py" line="87" />
            <source>Unlocking</source>
            <translation>Разблокировка</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="73" />
            <source>&amp;New case…</source>
            <translation>&amp;Новое дело…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="74" />
            <source>&amp;Edit case…</source>
            <translation>&amp;Изменить дело…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="75" />
            <source>C&amp;lose case</source>
            <translation>&amp;Закрыть дело</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="76" />
            <source>&amp;Find…</source>
            <translation>&amp;Найти…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="77" />
            <source>&amp;Lock</source>
            <translation>За&amp;блокировать</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="79" />
            <source>Change &amp;passphrase…</source>
            <translation>Сменить &amp;парольную фразу…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="80" />
            <source>&amp;Settings…</source>
            <translation>&amp;Настройки…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="81" />
            <source>&amp;Erase this vault…</source>
            <translation>&amp;Уничтожить хранилище…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="82" />
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="83" />
            <source>&amp;Overdue and due soon…</source>
            <translation>&amp;Просроченные и ближайшие сроки…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="84" />
            <source>&amp;About Evidence Vault</source>
            <translation>&amp;О программе</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="89" />
            <source>&amp;Vault</source>
            <translation>&amp;Хранилище</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="96" />
            <source>Ca&amp;se</source>
            <translation>&amp;Дело</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="100" />
            <source>Vie&amp;w</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="103" />
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="106" />
            <source>Main toolbar</source>
            <translation>Панель инструментов</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="117" />
            <source>Search everything (Ctrl+F)</source>
            <translation>Искать везде (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="142" />
            <source>Vault unlocked.</source>
            <translation>Хранилище разблокировано.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="170" />
            <source>Locked. The keys were dropped from memory.</source>
            <translation>Заблокировано. Ключи удалены из памяти.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="178" />
            <source>Locked — Evidence Vault</source>
            <translation>Заблокировано — Evidence Vault</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="178" />
            <location filename="../../ui/main_window.py" line="189" />
            <source>Evidence Vault</source>
            <translation>Evidence Vault</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="237" />
            <source>Passphrase changed. Use the new one from now on.</source>
            <translation>Парольная фраза изменена. Теперь используйте новую.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="247" />
            <source>ERASE</source>
            <translation>УНИЧТОЖИТЬ</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="248" />
            <source>Erase this vault</source>
            <translation>Уничтожить хранилище</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="249" />
            <source>This destroys the vault's keys in a second. Nobody, including you, will ever open it again; exported bundles are not affected.

Type %1 to erase:</source>
            <translation>Ключи хранилища будут уничтожены за секунду. Никто, включая вас, больше не сможет его открыть; уже выгруженные пакеты не затрагиваются.

Введите %1 для подтверждения:</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="270" />
            <source>The vault was erased. Its files can no longer be opened.</source>
            <translation>Хранилище уничтожено. Его файлы больше нельзя открыть.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="274" />
            <source>About Evidence Vault</source>
            <translation>О программе Evidence Vault</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="275" />
            <source>Evidence Vault keeps testimonies, evidence and complaints encrypted on this computer. It never connects to the network.</source>
            <translation>Evidence Vault хранит показания, материалы и жалобы в зашифрованном виде на этом компьютере. Программа никогда не подключается к сети.</translation>
        </message>
    </context>
    <context>
        <name>OpenBundleDialog</name>
        <message>
            <location filename="../../ui/bundles/open_dialog.py" line="39" />
            <location filename="../../ui/bundles/open_dialog.py" line="78" />
            <source>Open bundle</source>
            <translation>Открыть пакет</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/open_dialog.py" line="58" />
            <source>Bundle file</source>
            <translation>Файл пакета</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/open_dialog.py" line="62" />
            <source>choose a bundle, or drop it here</source>
            <translation>выберите пакет или перетащите его сюда</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/open_dialog.py" line="63" />
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/open_dialog.py" line="67" />
            <source>File:</source>
            <translation>Файл:</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/open_dialog.py" line="68" />
            <source>It was protected with a passphrase:</source>
            <translation>Он защищён парольной фразой:</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/open_dialog.py" line="79" />
            <source>Evidence Vault bundles</source>
            <translation>Пакеты Evidence Vault</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/open_dialog.py" line="98" />
            <source>Verification report</source>
            <translation>Отчёт о проверке</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/open_dialog.py" line="101" />
            <source>Signed by key:</source>
            <translation>Подписан ключом:</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/open_dialog.py" line="101" />
            <source>Sender:</source>
            <translation>Отправитель:</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/open_dialog.py" line="102" />
            <source>Signed on:</source>
            <translation>Дата подписи:</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/open_dialog.py" line="102" />
            <source>Cases:</source>
            <translation>Дела:</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/open_dialog.py" line="103" />
            <source>Files:</source>
            <translation>Файлы:</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/open_dialog.py" line="103" />
            <source>Records:</source>
            <translation>Записи:</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/open_dialog.py" line="104" />
            <source>SHA-256 checked:</source>
            <translation>Проверено SHA-256:</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/open_dialog.py" line="104" />
            <source>Audit entries:</source>
            <translation>Записи журнала:</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/open_dialog.py" line="105" />
            <source>Left out by the sender:</source>
            <translation>Не включено отправителем:</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/open_dialog.py" line="114" />
            <source>Problems:</source>
            <translation>Проблемы:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/bundles/open_dialog.py" line="134" />
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n файл</numerusform>
                <numerusform>%n файла</numerusform>
                <numerusform>%n файлов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/bundles/open_dialog.py" line="135" />
            <source>%n of them copies the sender made (redacted or location removed)</source>
            <translation>
                <numerusform>из них копий, сделанных отправителем: %n (закрашены участки или удалено местоположение)</numerusform>
                <numerusform>из них копий, сделанных отправителем: %n (закрашены участки или удалено местоположение)</numerusform>
                <numerusform>из них копий, сделанных отправителем: %n (закрашены участки или удалено местоположение)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/bundles/open_dialog.py" line="137" />
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n лицо</numerusform>
                <numerusform>%n лица</numerusform>
                <numerusform>%n лиц</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/bundles/open_dialog.py" line="138" />
            <source>%n testimony(ies)</source>
            <translation>
                <numerusform>%n показание</numerusform>
                <numerusform>%n показания</numerusform>
                <numerusform>%n показаний</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/bundles/open_dialog.py" line="140" />
            <source>(files only)</source>
            <translation>(только файлы)</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/open_dialog.py" line="141" />
            <source>%1 of %2, all match</source>
            <translation>%1 из %2, все совпадают</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/open_dialog.py" line="143" />
            <source>%1 entries of the sender's log, consistent with the log as they signed it (entry %2)</source>
            <translation>Записей журнала отправителя: %1; они согласуются с журналом, как он его подписал (запись %2)</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/open_dialog.py" line="146" />
            <source>%1 entries of the sender's log, NOT consistent with the log as they signed it (entry %2)</source>
            <translation>Записей журнала отправителя: %1; они НЕ согласуются с журналом, как он его подписал (запись %2)</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/open_dialog.py" line="277" />
            <source>into %1.</source>
            <translation>в %1.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/bundles/open_dialog.py" line="279" />
            <source>Also %n person(s)</source>
            <translation>
                <numerusform>Также %n лицо</numerusform>
                <numerusform>Также %n лица</numerusform>
                <numerusform>Также %n лиц</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/bundles/open_dialog.py" line="280" />
            <source>%n testimony(ies).</source>
            <translation>
                <numerusform>%n показание.</numerusform>
                <numerusform>%n показания.</numerusform>
                <numerusform>%n показаний.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/bundles/open_dialog.py" line="282" />
            <source>Already in this vault, not copied again: %n file(s).</source>
            <translation>
                <numerusform>Уже есть в этом хранилище, не копировался повторно: %n файл.</numerusform>
                <numerusform>Уже есть в этом хранилище, не копировались повторно: %n файла.</numerusform>
                <numerusform>Уже есть в этом хранилище, не копировались повторно: %n файлов.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/bundles/open_dialog.py" line="284" />
            <source>Imported items are read-only; add your annotations beside them.</source>
            <translation>Импортированные материалы доступны только для чтения; добавляйте свои заметки рядом с ними.</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/open_dialog.py" line="150" />
            <source>None.</source>
            <translation>Нет.</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/open_dialog.py" line="152" />
            <source>All is well: the bundle is exactly what the sender signed. You can import it.</source>
            <translation>Всё в порядке: пакет в точности тот, что подписал отправитель. Его можно импортировать.</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/open_dialog.py" line="154" />
            <source>This bundle did NOT verify; do not rely on it. Nothing can be imported.</source>
            <translation>Пакет НЕ прошёл проверку; не полагайтесь на него. Импортировать нельзя.</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/open_dialog.py" line="164" />
            <source>Verify</source>
            <translation>Проверить</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/open_dialog.py" line="166" />
            <source>Import</source>
            <translation>Импортировать</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/open_dialog.py" line="168" />
            <location filename="../../ui/bundles/open_dialog.py" line="236" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/open_dialog.py" line="191" />
            <source>Choose a bundle file first.</source>
            <translation>Сначала выберите файл пакета.</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/open_dialog.py" line="202" />
            <source>Checking the bundle…</source>
            <translation>Проверка пакета…</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/open_dialog.py" line="210" />
            <source>Importing the bundle…</source>
            <translation>Импорт пакета…</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/open_dialog.py" line="221" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/open_dialog.py" line="228" />
            <source>Stopped. Nothing was imported.</source>
            <translation>Остановлено. Ничего не импортировано.</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/open_dialog.py" line="244" />
            <source>Stopping…</source>
            <translation>Остановка…</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/open_dialog.py" line="265" />
            <source>Verified. Nothing has been imported yet.</source>
            <translation>Проверено. Пока ничего не импортировано.</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/open_dialog.py" line="274" />
            <source>This bundle was already imported; nothing was changed.</source>
            <translation>Этот пакет уже был импортирован; ничего не изменилось.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/bundles/open_dialog.py" line="276" />
            <source>Imported %n file(s)</source>
            <translation>
                <numerusform>Импортирован %n файл</numerusform>
                <numerusform>Импортировано %n файла</numerusform>
                <numerusform>Импортировано %n файлов</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OverdueDialog</name>
        <message>
            <location filename="../../ui/overdue.py" line="32" />
            <source>Overdue and due soon — Evidence Vault</source>
            <translation>Просроченные и ближайшие сроки — Evidence Vault</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/overdue.py" line="56" />
            <source>Unmet deadlines that have passed or fall within %n day(s). Press Enter on a row to open its case.</source>
            <translation>
                <numerusform>Невыполненные сроки, которые уже прошли или наступят в ближайший %n день. Enter на строке открывает дело.</numerusform>
                <numerusform>Невыполненные сроки, которые уже прошли или наступят в ближайшие %n дня. Enter на строке открывает дело.</numerusform>
                <numerusform>Невыполненные сроки, которые уже прошли или наступят в ближайшие %n дней. Enter на строке открывает дело.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/overdue.py" line="59" />
            <source>Nothing is overdue or due soon.</source>
            <translation>Просроченных и ближайших сроков нет.</translation>
        </message>
        <message>
            <location filename="../../ui/overdue.py" line="64" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <location filename="../../ui/tabs/overview.py" line="38" />
            <source>Edit case…</source>
            <translation>Изменить дело…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/overview.py" line="42" />
            <source>Reference:</source>
            <translation>Номер:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/overview.py" line="43" />
            <source>Status:</source>
            <translation>Статус:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/overview.py" line="44" />
            <source>Tags:</source>
            <translation>Метки:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/overview.py" line="45" />
            <source>Last change:</source>
            <translation>Изменено:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/overview.py" line="64" />
            <source>No summary yet. Press “Edit case…” to write one.</source>
            <translation>Описания пока нет. Нажмите «Изменить дело…», чтобы его написать.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/overview.py" line="76" />
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n человек</numerusform>
                <numerusform>%n человека</numerusform>
                <numerusform>%n человек</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/overview.py" line="77" />
            <source>%n incident(s)</source>
            <translation>
                <numerusform>%n эпизод</numerusform>
                <numerusform>%n эпизода</numerusform>
                <numerusform>%n эпизодов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/overview.py" line="78" />
            <source>%n testimony(ies)</source>
            <translation>
                <numerusform>%n показание</numerusform>
                <numerusform>%n показания</numerusform>
                <numerusform>%n показаний</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/overview.py" line="79" />
            <source>%n evidence item(s)</source>
            <translation>
                <numerusform>%n материал</numerusform>
                <numerusform>%n материала</numerusform>
                <numerusform>%n материалов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tabs/overview.py" line="80" />
            <source>%n complaint(s)</source>
            <translation>
                <numerusform>%n жалоба</numerusform>
                <numerusform>%n жалобы</numerusform>
                <numerusform>%n жалоб</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PassphraseFields</name>
        <message>
            <location filename="../../ui/dialogs/passphrase_fields.py" line="33" />
            <source>Show what I type</source>
            <translation>Показывать вводимые символы</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase_fields.py" line="40" />
            <source>Type it again:</source>
            <translation>Ещё раз:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dialogs/passphrase_fields.py" line="74" />
            <source>At least %n characters; several unrelated words are easiest to remember.</source>
            <translation>
                <numerusform>Не меньше %n символа; легче всего запомнить несколько не связанных слов.</numerusform>
                <numerusform>Не меньше %n символов; легче всего запомнить несколько не связанных слов.</numerusform>
                <numerusform>Не меньше %n символов; легче всего запомнить несколько не связанных слов.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dialogs/passphrase_fields.py" line="76" />
            <source>Too short: at least %n characters.</source>
            <translation>
                <numerusform>Слишком коротко: нужен хотя бы %n символ.</numerusform>
                <numerusform>Слишком коротко: нужно хотя бы %n символа.</numerusform>
                <numerusform>Слишком коротко: нужно хотя бы %n символов.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase_fields.py" line="78" />
            <source>The two passphrases differ.</source>
            <translation>Фразы не совпадают.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase_fields.py" line="80" />
            <source>Weak: easy to guess. Add more words.</source>
            <translation>Слабая: легко подобрать. Добавьте слов.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase_fields.py" line="81" />
            <source>Fair: add a word or two.</source>
            <translation>Средняя: добавьте слово-другое.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase_fields.py" line="82" />
            <source>Good.</source>
            <translation>Хорошая.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase_fields.py" line="83" />
            <source>Strong.</source>
            <translation>Надёжная.</translation>
        </message>
    </context>
    <context>
        <name>PeopleTab</name>
        <message>
            <location filename="../../ui/tabs/people.py" line="52" />
            <source>No people in this case yet. “Add person…” records a victim, witness, relative, perpetrator or lawyer.</source>
            <translation>В деле пока нет людей. «Добавить человека…» — пострадавший, свидетель, родственник, исполнитель или адвокат.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/people.py" line="74" />
            <source>Add person…</source>
            <translation>Добавить человека…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/people.py" line="77" />
            <source>Edit…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/people.py" line="80" />
            <source>Remove</source>
            <translation>Убрать</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/people.py" line="83" />
            <location filename="../../ui/tabs/people.py" line="123" />
            <source>Reveal confidential fields</source>
            <translation>Показать конфиденциальное</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/people.py" line="123" />
            <source>Hide confidential fields</source>
            <translation>Скрыть конфиденциальное</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/people.py" line="161" />
            <source>Confidential: press “Reveal confidential fields” to see it.</source>
            <translation>Конфиденциально: нажмите «Показать конфиденциальное», чтобы увидеть.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/people.py" line="162" />
            <source>Role in this case:</source>
            <translation>Роль в деле:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/people.py" line="162" />
            <source>Other names:</source>
            <translation>Другие имена:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/people.py" line="173" />
            <source>Person added.</source>
            <translation>Человек добавлен.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/people.py" line="183" />
            <source>Person saved.</source>
            <translation>Сведения сохранены.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/people.py" line="189" />
            <source>Remove person</source>
            <translation>Убрать человека</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/people.py" line="190" />
            <source>Remove this person from the case? The record stays in the vault's history, marked removed.</source>
            <translation>Убрать этого человека из дела? Запись останется в истории хранилища с пометкой «удалено».</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <location filename="../../ui/tabs/person_dialog.py" line="37" />
            <source>Add a person</source>
            <translation>Добавить человека</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/person_dialog.py" line="37" />
            <source>Edit person</source>
            <translation>Изменить сведения о человеке</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/person_dialog.py" line="41" />
            <source>Full name as the person writes it</source>
            <translation>Полное имя так, как его пишет сам человек</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/person_dialog.py" line="42" />
            <source>One per line, e.g. Ivanov Ivan / Иванов Иван</source>
            <translation>По одному в строке, например Иванов Иван / Ivanov Ivan</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/person_dialog.py" line="43" />
            <source>Nicknames, other names; one per line</source>
            <translation>Прозвища, другие имена; по одному в строке</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/person_dialog.py" line="44" />
            <source>14.03.1985, 03.1985, 1985 or ~1985</source>
            <translation>14.03.1985, 03.1985, 1985 или ~1985</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/person_dialog.py" line="52" />
            <source>Name:</source>
            <translation>Имя:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/person_dialog.py" line="53" />
            <source>Other spellings:</source>
            <translation>Другие написания:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/person_dialog.py" line="54" />
            <source>Aliases:</source>
            <translation>Другие имена:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/person_dialog.py" line="55" />
            <source>Birth date:</source>
            <translation>Дата рождения:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/person_dialog.py" line="56" />
            <source>Sex:</source>
            <translation>Пол:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/person_dialog.py" line="57" />
            <source>Identity document:</source>
            <translation>Документ:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/person_dialog.py" line="58" />
            <source>Contact:</source>
            <translation>Контакты:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/person_dialog.py" line="59" />
            <source>Notes:</source>
            <translation>Заметки:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/person_dialog.py" line="96" />
            <source>Role in this case</source>
            <translation>Роль в этом деле</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/person_dialog.py" line="111" />
            <source>Confidential (masked on screen)</source>
            <translation>Конфиденциально (скрыто на экране)</translation>
        </message>
    </context>
    <context>
        <name>Plurals</name>
        <message numerus="yes">
            <location filename="../../ui/plurals.py" line="11" />
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>просрочено на %n день</numerusform>
                <numerusform>просрочено на %n дня</numerusform>
                <numerusform>просрочено на %n дней</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/plurals.py" line="14" />
            <source>in %n day(s)</source>
            <translation>
                <numerusform>через %n день</numerusform>
                <numerusform>через %n дня</numerusform>
                <numerusform>через %n дней</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/plurals.py" line="17" />
            <source>%n use(s) allowed</source>
            <translation>
                <numerusform>разрешена %n цель</numerusform>
                <numerusform>разрешены %n цели</numerusform>
                <numerusform>разрешено %n целей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/plurals.py" line="20" />
            <source>%n withdrawn</source>
            <translation>
                <numerusform>%n отозвано</numerusform>
                <numerusform>%n отозвано</numerusform>
                <numerusform>%n отозвано</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReparationsTab</name>
        <message>
            <location filename="../../ui/tabs/reparations.py" line="48" />
            <source>Add claim…</source>
            <translation>Добавить требование…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reparations.py" line="51" />
            <source>Edit…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reparations.py" line="54" />
            <source>No reparation claims yet: medical or psychological rehabilitation, compensation, restitution, satisfaction, guarantees of non-repetition.</source>
            <translation>Требований о возмещении пока нет: медицинская или психологическая реабилитация, компенсация, восстановление в правах, сатисфакция, гарантии неповторения.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reparations.py" line="86" />
            <source>Needed when refused or abandoned</source>
            <translation>Нужно, если отказано или требование оставлено</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reparations.py" line="93" />
            <source>Reparation claim</source>
            <translation>Требование о возмещении</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reparations.py" line="94" />
            <source>Kind:</source>
            <translation>Вид:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reparations.py" line="94" />
            <source>Status:</source>
            <translation>Статус:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reparations.py" line="94" />
            <source>Asked for:</source>
            <translation>Что требовали:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reparations.py" line="95" />
            <source>Paid or granted:</source>
            <translation>Выплачено или предоставлено:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reparations.py" line="95" />
            <source>Obstacle:</source>
            <translation>Препятствие:</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <location filename="../../ui/search_panel.py" line="111" />
            <source>Searching</source>
            <translation>Поиск</translation>
        </message>
        <message>
            <location filename="../../ui/search_panel.py" line="120" />
            <source>(more exist: refine the search)</source>
            <translation>(есть ещё: уточните запрос)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/search_panel.py" line="121" />
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n результат</numerusform>
                <numerusform>%n результата</numerusform>
                <numerusform>%n результатов</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SendBundleDialog</name>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="51" />
            <source>Send bundle</source>
            <translation>Отправить пакет</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="51" />
            <source>Send chosen files</source>
            <translation>Отправить выбранные файлы</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="89" />
            <source>Cases to send</source>
            <translation>Дела для отправки</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="99" />
            <source>Filter by reference or title</source>
            <translation>Фильтр по номеру или названию</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/bundles/send_dialog.py" line="128" />
            <source>Pictures to send that show where they were taken (GPS): %n. Tick “Remove the location” unless the recipient needs it.</source>
            <translation>
                <numerusform>Изображений с местом съёмки (GPS) среди отправляемых: %n. Отметьте «Удалить местоположение», если получателю оно не нужно.</numerusform>
                <numerusform>Изображений с местом съёмки (GPS) среди отправляемых: %n. Отметьте «Удалить местоположение», если получателю оно не нужно.</numerusform>
                <numerusform>Изображений с местом съёмки (GPS) среди отправляемых: %n. Отметьте «Удалить местоположение», если получателю оно не нужно.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="139" />
            <source>Files to send</source>
            <translation>Файлы для отправки</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="142" />
            <source>working copy</source>
            <translation>рабочая копия</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="142" />
            <source>original</source>
            <translation>оригинал</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="153" />
            <source>Recipients</source>
            <translation>Получатели</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="155" />
            <source>Encrypt to these contacts:</source>
            <translation>Зашифровать для этих контактов:</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="156" />
            <source>Protect with a passphrase (only if they have no key)</source>
            <translation>Защитить парольной фразой (только если у получателя нет ключа)</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="164" />
            <source>verified in person</source>
            <translation>проверен лично</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="164" />
            <source>not verified</source>
            <translation>не проверен</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="170" />
            <source>No contacts yet: add one under Vault ▸ Identity and contacts.</source>
            <translation>Контактов пока нет: добавьте их в меню Хранилище ▸ Ключи и контакты.</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="175" />
            <source>passphrase for the bundle</source>
            <translation>парольная фраза для пакета</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="176" />
            <source>the same passphrase again</source>
            <translation>та же фраза ещё раз</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="196" />
            <source>What to send</source>
            <translation>Что отправить</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="198" />
            <source>Originals</source>
            <translation>Оригиналы</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="199" />
            <source>Working copies only</source>
            <translation>Только рабочие копии</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="204" />
            <source>Remove the location (GPS) from images</source>
            <translation>Удалить местоположение (GPS) из изображений</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="206" />
            <source>Leave out persons marked confidential</source>
            <translation>Не включать лиц, отмеченных как конфиденциальные</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="208" />
            <source>Only testimonies whose consent allows:</source>
            <translation>Только показания, согласие на которые разрешает:</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="223" />
            <source>The files ticked are sent, originals and working copies alike, with the case's reference and title so the recipient can file them; not its summary, persons or testimonies.</source>
            <translation>Отмеченные файлы отправляются — и оригиналы, и рабочие копии — вместе с номером и названием дела, чтобы получатель мог их разложить; краткое описание дела, лица и показания не отправляются.</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="429" />
            <source>location removed</source>
            <translation>без местоположения</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/bundles/send_dialog.py" line="434" />
            <source>Not ticked, so not sent: %n file(s):</source>
            <translation>
                <numerusform>Не отмечен и не отправлен %n файл:</numerusform>
                <numerusform>Не отмечены и не отправлены %n файла:</numerusform>
                <numerusform>Не отмечены и не отправлены %n файлов:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="453" />
            <source>Not verified in person: %1 — compare their key's fingerprint with them before relying on it.</source>
            <translation>Не проверено лично: %1 — сверьте с ними отпечаток ключа, прежде чем на него полагаться.</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="242" />
            <location filename="../../ui/bundles/send_dialog.py" line="255" />
            <source>Save the bundle as</source>
            <translation>Сохранить пакет как</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="248" />
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="256" />
            <source>Evidence Vault bundles</source>
            <translation>Пакеты Evidence Vault</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="263" />
            <location filename="../../ui/bundles/send_dialog.py" line="370" />
            <source>Result</source>
            <translation>Результат</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="266" />
            <source>What was sent, and what was left out and why, will be listed here.</source>
            <translation>Здесь будет указано, что отправлено, а что не включено и почему.</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="279" />
            <source>Send</source>
            <translation>Отправить</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="282" />
            <location filename="../../ui/bundles/send_dialog.py" line="368" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="314" />
            <source>Tick at least one file to send.</source>
            <translation>Отметьте хотя бы один файл для отправки.</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="316" />
            <source>Tick at least one case to send.</source>
            <translation>Отметьте хотя бы одно дело для отправки.</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="318" />
            <source>Tick at least one contact to encrypt the bundle to, or use a passphrase.</source>
            <translation>Отметьте хотя бы один контакт, для которого зашифровать пакет, или используйте парольную фразу.</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="321" />
            <source>Give the bundle a passphrase of at least 12 characters.</source>
            <translation>Задайте для пакета парольную фразу не короче 12 символов.</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="323" />
            <source>The two passphrases are not the same.</source>
            <translation>Две парольные фразы не совпадают.</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="325" />
            <source>Choose where to save the bundle.</source>
            <translation>Выберите, куда сохранить пакет.</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="327" />
            <source>A file with this name already exists; choose another name.</source>
            <translation>Файл с таким именем уже существует; выберите другое имя.</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="352" />
            <source>Writing the bundle…</source>
            <translation>Запись пакета…</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="368" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="383" />
            <source>Stopping…</source>
            <translation>Остановка…</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="398" />
            <source>The export was cancelled; no bundle file was left behind.</source>
            <translation>Экспорт отменён; файл пакета не оставлен.</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="406" />
            <source>The bundle was already written when Cancel was pressed.</source>
            <translation>Пакет уже был записан, когда нажали «Отмена».</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="408" />
            <source>Bundle written.</source>
            <translation>Пакет записан.</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="424" />
            <source>chosen from %1.</source>
            <translation>(выбор из %1).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/bundles/send_dialog.py" line="426" />
            <source>Sent %n file(s)</source>
            <translation>
                <numerusform>Отправлен %n файл</numerusform>
                <numerusform>Отправлено %n файла</numerusform>
                <numerusform>Отправлено %n файлов</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="424" />
            <source>from %1.</source>
            <translation>из %1.</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="436" />
            <source>With them only the case's reference and title: no summary, persons or testimonies.</source>
            <translation>Вместе с ними — только номер и название дела: без описания, лиц и показаний.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/bundles/send_dialog.py" line="439" />
            <source>With them: %n person(s)</source>
            <translation>
                <numerusform>Вместе с ними: %n лицо</numerusform>
                <numerusform>Вместе с ними: %n лица</numerusform>
                <numerusform>Вместе с ними: %n лиц</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/bundles/send_dialog.py" line="440" />
            <source>%n testimony(ies).</source>
            <translation>
                <numerusform>%n показание.</numerusform>
                <numerusform>%n показания.</numerusform>
                <numerusform>%n показаний.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="441" />
            <source>Incidents, complaints, reparations and tags are not carried by bundles; they stay in this vault.</source>
            <translation>Инциденты, жалобы, возмещения и метки в пакеты не входят; они остаются в этом хранилище.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/bundles/send_dialog.py" line="444" />
            <source>Location (GPS) removed from %n image(s).</source>
            <translation>
                <numerusform>Местоположение (GPS) удалено из %n изображения.</numerusform>
                <numerusform>Местоположение (GPS) удалено из %n изображений.</numerusform>
                <numerusform>Местоположение (GPS) удалено из %n изображений.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/bundles/send_dialog.py" line="446" />
            <source>Sent with the place they were taken (GPS): %n picture(s).</source>
            <translation>
                <numerusform>Отправлено с местом съёмки (GPS): %n изображение.</numerusform>
                <numerusform>Отправлено с местом съёмки (GPS): %n изображения.</numerusform>
                <numerusform>Отправлено с местом съёмки (GPS): %n изображений.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="448" />
            <source>Encrypted to: %1</source>
            <translation>Зашифровано для: %1</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="449" />
            <source>Protected by the passphrase you gave; tell it by another channel.</source>
            <translation>Защищено заданной вами парольной фразой; сообщите её по другому каналу.</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="450" />
            <source>Saved as: %1</source>
            <translation>Сохранено как: %1</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="451" />
            <source>Signed with your fingerprint %1.</source>
            <translation>Подписано вашим ключом с отпечатком %1.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/bundles/send_dialog.py" line="457" />
            <source>Left out (%n):</source>
            <translation>
                <numerusform>Не включено (%n):</numerusform>
                <numerusform>Не включено (%n):</numerusform>
                <numerusform>Не включено (%n):</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="460" />
            <source>None of the ticked files was left out.</source>
            <translation>Все отмеченные файлы отправлены, ничего не пропущено.</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="462" />
            <source>Nothing was left out.</source>
            <translation>Всё включено, ничего не пропущено.</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="475" />
            <location filename="../../ui/bundles/send_dialog.py" line="476" />
            <source>testimony of %1</source>
            <translation>показание: %1</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="477" />
            <source>no interviewee named</source>
            <translation>опрошенный не указан</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/send_dialog.py" line="484" />
            <source>name confidential</source>
            <translation>имя конфиденциально</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="16" />
            <source>Settings — Evidence Vault</source>
            <translation>Настройки — Evidence Vault</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="20" />
            <source> min</source>
            <translation> мин</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="21" />
            <source>never</source>
            <translation>никогда</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="26" />
            <source> days</source>
            <translation> дн.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="30" />
            <source>System language</source>
            <translation>Язык системы</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="38" />
            <source>A new language applies the next time the program starts.</source>
            <translation>Новый язык будет применён при следующем запуске программы.</translation>
        </message>
    </context>
    <context>
        <name>TestimoniesTab</name>
        <message>
            <location filename="../../ui/tabs/testimonies.py" line="79" />
            <source>New testimony</source>
            <translation>Новые показания</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/testimonies.py" line="82" />
            <source>Save testimony</source>
            <translation>Сохранить показания</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/testimonies.py" line="126" />
            <source>Unsaved draft from %1 recovered.</source>
            <translation>Восстановлен несохранённый черновик от %1.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/testimonies.py" line="128" />
            <source>New testimony. Drafts are kept encrypted in the vault as you type.</source>
            <translation>Новые показания. Черновик сохраняется в хранилище в зашифрованном виде по мере набора.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/testimonies.py" line="141" />
            <source>Unsaved changes from %1 recovered.</source>
            <translation>Восстановлены несохранённые изменения от %1.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/testimonies.py" line="142" />
            <source>Saved.</source>
            <translation>Сохранено.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/testimonies.py" line="153" />
            <source>Editing…</source>
            <translation>Правка…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/testimonies.py" line="164" />
            <source>Draft saved in the vault at %1.</source>
            <translation>Черновик сохранён в хранилище в %1.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/testimonies.py" line="191" />
            <location filename="../../ui/tabs/testimonies.py" line="192" />
            <source>Testimony saved.</source>
            <translation>Показания сохранены.</translation>
        </message>
    </context>
    <context>
        <name>TestimonyEditor</name>
        <message>
            <location filename="../../ui/tabs/testimony_editor.py" line="69" />
            <source>The testimony in the words and language it was given…</source>
            <translation>Показания — теми словами и на том языке, на котором их дали…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/testimony_editor.py" line="70" />
            <source>Translation (optional)…</source>
            <translation>Перевод (необязательно)…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/testimony_editor.py" line="75" />
            <source>Original</source>
            <translation>Оригинал</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/testimony_editor.py" line="76" />
            <source>Translation</source>
            <translation>Перевод</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/testimony_editor.py" line="80" />
            <source>Who gave the testimony</source>
            <translation>Кто дал показания</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/testimony_editor.py" line="83" />
            <source>Comma-separated</source>
            <translation>Через запятую</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/testimony_editor.py" line="84" />
            <source>14.03.2021, 03.2021 or 2021</source>
            <translation>14.03.2021, 03.2021 или 2021</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/testimony_editor.py" line="86" />
            <source>Interview</source>
            <translation>Беседа</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/testimony_editor.py" line="89" />
            <source>Interviewee:</source>
            <translation>Опрошенный:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/testimony_editor.py" line="90" />
            <source>Interviewer:</source>
            <translation>Интервьюер:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/testimony_editor.py" line="91" />
            <source>Interpreter:</source>
            <translation>Переводчик:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/testimony_editor.py" line="92" />
            <source>Also present:</source>
            <translation>Присутствовали:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/testimony_editor.py" line="93" />
            <source>Date:</source>
            <translation>Дата:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/testimony_editor.py" line="93" />
            <source>Place:</source>
            <translation>Место:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/testimony_editor.py" line="100" />
            <source>Consent</source>
            <translation>Согласие</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/testimony_editor.py" line="135" />
            <source>Language:</source>
            <translation>Язык:</translation>
        </message>
    </context>
    <context>
        <name>TimelineTab</name>
        <message>
            <location filename="../../ui/tabs/timeline.py" line="61" />
            <source>Add incident…</source>
            <translation>Добавить эпизод…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/timeline.py" line="64" />
            <source>Edit…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/timeline.py" line="67" />
            <source>No incidents yet. Add the arrest, the beatings, the complaints' consequences: they line up here by date.</source>
            <translation>Эпизодов пока нет. Добавьте задержание, избиения, последствия жалоб — здесь они выстроятся по датам.</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/timeline.py" line="90" />
            <source>custody</source>
            <translation>лишение свободы</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/timeline.py" line="90" />
            <source>violence</source>
            <translation>насилие</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/timeline.py" line="91" />
            <source>pressure and reprisals</source>
            <translation>давление и преследование</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/timeline.py" line="91" />
            <source>denial of rights</source>
            <translation>отказ в правах</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/timeline.py" line="122" />
            <source>complaint to %1</source>
            <translation>жалобы в %1</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/timeline.py" line="131" />
            <source>complaint: </source>
            <translation>жалоба: </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/timeline.py" line="132" />
            <source>incident: </source>
            <translation>эпизод: </translation>
        </message>
        <message>
            <location filename="../../ui/tabs/timeline.py" line="141" />
            <source>Incident added to the timeline.</source>
            <translation>Эпизод добавлен в хронологию.</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <location filename="../../ui/dialogs/unlock.py" line="25" />
            <source>Unlock — Evidence Vault</source>
            <translation>Разблокировка — Evidence Vault</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/unlock.py" line="35" />
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/unlock.py" line="38" />
            <source>Passphrase</source>
            <translation>Парольная фраза</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/unlock.py" line="41" />
            <source>Recovery code</source>
            <translation>Код восстановления</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/unlock.py" line="56" />
            <source>Create a new vault…</source>
            <translation>Создать новое хранилище…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/unlock.py" line="59" />
            <source>Quit</source>
            <translation>Выход</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/unlock.py" line="62" />
            <source>Unlock</source>
            <translation>Разблокировать</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/unlock.py" line="78" />
            <source>Vault:</source>
            <translation>Хранилище:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/unlock.py" line="79" />
            <source>Unlock with:</source>
            <translation>Открыть с помощью:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/unlock.py" line="80" />
            <location filename="../../ui/dialogs/unlock.py" line="113" />
            <source>Passphrase:</source>
            <translation>Парольная фраза:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/unlock.py" line="87" />
            <source>Unlock your vault</source>
            <translation>Разблокируйте хранилище</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/unlock.py" line="89" />
            <source>Everything in the vault stays encrypted until the passphrase is typed here.</source>
            <translation>Всё в хранилище остаётся зашифрованным, пока здесь не введена парольная фраза.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/unlock.py" line="106" />
            <source>Vault folder</source>
            <translation>Папка хранилища</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/unlock.py" line="113" />
            <source>Recovery code:</source>
            <translation>Код восстановления:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/unlock.py" line="130" />
            <source>Unlocking</source>
            <translation>Разблокировка</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <location filename="../../ui/workspace.py" line="77" />
            <source>Case %1 added.</source>
            <translation>Дело %1 добавлено.</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="87" />
            <source>Case %1 saved.</source>
            <translation>Дело %1 сохранено.</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="100" />
            <source>Case %1 closed.</source>
            <translation>Дело %1 закрыто.</translation>
        </message>
    </context>
    <context>
        <name>audit</name>
        <message>
            <location filename="../../ui/tabs/audit.py" line="19" />
            <source>Case created</source>
            <translation>Дело создано</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/audit.py" line="20" />
            <source>Case edited</source>
            <translation>Дело изменено</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/audit.py" line="21" />
            <source>Case deleted</source>
            <translation>Дело удалено</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/audit.py" line="22" />
            <source>Vault created</source>
            <translation>Хранилище создано</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/audit.py" line="23" />
            <source>Evidence added</source>
            <translation>Материал добавлен</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/audit.py" line="24" />
            <source>Original viewed</source>
            <translation>Просмотрен оригинал</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/audit.py" line="25" />
            <source>Working copy made</source>
            <translation>Создана рабочая копия</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/audit.py" line="26" />
            <source>Person added</source>
            <translation>Человек добавлен</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/audit.py" line="27" />
            <source>Person edited</source>
            <translation>Сведения о человеке изменены</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/audit.py" line="28" />
            <source>Testimony added</source>
            <translation>Показания добавлены</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/audit.py" line="29" />
            <source>Testimony edited</source>
            <translation>Показания изменены</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/audit.py" line="30" />
            <source>Incident added</source>
            <translation>Эпизод добавлен</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/audit.py" line="31" />
            <source>Complaint added</source>
            <translation>Жалоба добавлена</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/audit.py" line="32" />
            <source>Exported in a bundle</source>
            <translation>Выгружено в пакете</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/audit.py" line="33" />
            <source>Imported from a bundle</source>
            <translation>Загружено из пакета</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/audit.py" line="34" />
            <source>Person removed</source>
            <translation>Человек убран</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/audit.py" line="35" />
            <source>Role given</source>
            <translation>Роль назначена</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/audit.py" line="36" />
            <source>Role removed</source>
            <translation>Роль снята</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/audit.py" line="37" />
            <source>Incident edited</source>
            <translation>Эпизод изменён</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/audit.py" line="38" />
            <source>Incident removed</source>
            <translation>Эпизод удалён</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/audit.py" line="39" />
            <source>Incidents linked</source>
            <translation>Эпизоды связаны</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/audit.py" line="40" />
            <source>Link removed</source>
            <translation>Связь удалена</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/audit.py" line="41" />
            <source>Testimony removed</source>
            <translation>Показания удалены</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/audit.py" line="42" />
            <source>Consent recorded</source>
            <translation>Согласие записано</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/audit.py" line="43" />
            <source>Translation added</source>
            <translation>Перевод добавлен</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/audit.py" line="44" />
            <source>Complaint edited</source>
            <translation>Жалоба изменена</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/audit.py" line="45" />
            <source>Complaint status changed</source>
            <translation>Статус жалобы изменён</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/audit.py" line="46" />
            <source>Response recorded</source>
            <translation>Ответ записан</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/audit.py" line="47" />
            <source>Deadline added</source>
            <translation>Срок добавлен</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/audit.py" line="48" />
            <source>Deadline met</source>
            <translation>Срок выполнен</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/audit.py" line="49" />
            <source>Reparation claim added</source>
            <translation>Требование о возмещении добавлено</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/audit.py" line="50" />
            <source>Reparation claim edited</source>
            <translation>Требование о возмещении изменено</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/audit.py" line="51" />
            <source>Original exported</source>
            <translation>Оригинал выгружен</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/audit.py" line="52" />
            <source>Note added</source>
            <translation>Заметка добавлена</translation>
        </message>
    </context>
    <context>
        <name>bundles</name>
        <message>
            <location filename="../../ui/bundles/texts.py" line="20" />
            <source>A person</source>
            <translation>Лицо</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/texts.py" line="22" />
            <source>A testimony</source>
            <translation>Показание</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/texts.py" line="24" />
            <source>A file</source>
            <translation>Файл</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/texts.py" line="31" />
            <source>marked confidential</source>
            <translation>отмечено как конфиденциальное</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/texts.py" line="33" />
            <source>its location could not be removed from the image</source>
            <translation>не удалось удалить местоположение из изображения</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/texts.py" line="39" />
            <source>consent for “%1” was never asked</source>
            <translation>согласие на «%1» не запрашивалось</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/texts.py" line="41" />
            <source>consent for “%1” was withdrawn</source>
            <translation>согласие на «%1» отозвано</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/texts.py" line="43" />
            <source>consent for “%1” was refused</source>
            <translation>в согласии на «%1» отказано</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/texts.py" line="49" />
            <source>%1 (%2): %3</source>
            <translation>%1 (%2): %3</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/texts.py" line="56" />
            <source>Not in your contacts. Compare this fingerprint with the sender's, in person or by phone, before you rely on it.</source>
            <translation>Нет в ваших контактах. Прежде чем полагаться на пакет, сверьте этот отпечаток с отправителем лично или по телефону.</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/texts.py" line="60" />
            <source>%1, verified in person.</source>
            <translation>%1, проверен лично.</translation>
        </message>
        <message>
            <location filename="../../ui/bundles/texts.py" line="61" />
            <source>%1, in your contacts but not verified in person.</source>
            <translation>%1, есть в контактах, но не проверен лично.</translation>
        </message>
    </context>
    <context>
        <name>complaints</name>
        <message>
            <location filename="../../ui/tabs/complaint_forms.py" line="44" />
            <source>e.g. Prosecutor's Office of the Region</source>
            <translation>например, прокуратура области</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaint_forms.py" line="47" />
            <source>Registration number, if known</source>
            <translation>Регистрационный номер, если известен</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaint_forms.py" line="48" />
            <source>14.03.2020, or empty if not filed yet</source>
            <translation>14.03.2020 или пусто, если ещё не подана</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaint_forms.py" line="49" />
            <source>What the complaint asks for</source>
            <translation>Чего требует жалоба</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaint_forms.py" line="50" />
            <source>Add a complaint</source>
            <translation>Добавить жалобу</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaint_forms.py" line="51" />
            <source>To:</source>
            <translation>Куда:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaint_forms.py" line="51" />
            <source>Type of authority:</source>
            <translation>Тип органа:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaint_forms.py" line="52" />
            <source>Reference number:</source>
            <translation>Номер:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaint_forms.py" line="52" />
            <source>Filed on:</source>
            <translation>Подана:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaint_forms.py" line="53" />
            <source>Asked for:</source>
            <translation>Что требовали:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaint_forms.py" line="65" />
            <source>Change the complaint's status</source>
            <translation>Изменить статус жалобы</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaint_forms.py" line="66" />
            <source>New status:</source>
            <translation>Новый статус:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaint_forms.py" line="66" />
            <source>Since:</source>
            <translation>С даты:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaint_forms.py" line="67" />
            <source>Note:</source>
            <translation>Примечание:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaint_forms.py" line="74" />
            <source>14.03.2020, 03.2020 …</source>
            <translation>14.03.2020, 03.2020 …</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaint_forms.py" line="77" />
            <source>What the authority answered</source>
            <translation>Что ответил орган</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaint_forms.py" line="86" />
            <source>keep the status</source>
            <translation>не менять статус</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaint_forms.py" line="97" />
            <source>Record a response</source>
            <translation>Записать ответ</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaint_forms.py" line="98" />
            <source>Received on:</source>
            <translation>Получен:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaint_forms.py" line="98" />
            <source>Kind of answer:</source>
            <translation>Характер ответа:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaint_forms.py" line="99" />
            <source>Answer:</source>
            <translation>Ответ:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaint_forms.py" line="99" />
            <source>Documents (evidence):</source>
            <translation>Документы (материалы):</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaint_forms.py" line="100" />
            <source>Then the status becomes:</source>
            <translation>После этого статус:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaint_forms.py" line="106" />
            <source>e.g. appeal the refusal</source>
            <translation>например, обжаловать отказ</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaint_forms.py" line="107" />
            <source>Add a deadline</source>
            <translation>Добавить срок</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaint_forms.py" line="108" />
            <source>Due on:</source>
            <translation>Срок:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaint_forms.py" line="108" />
            <source>What is due:</source>
            <translation>Что нужно сделать:</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaint_forms.py" line="116" />
            <source>due today</source>
            <translation>сегодня</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaints.py" line="62" />
            <source>To</source>
            <translation>Куда</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaints.py" line="63" />
            <source>Reference</source>
            <translation>Номер</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaints.py" line="64" />
            <source>Filed</source>
            <translation>Подана</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaints.py" line="65" />
            <source>not yet</source>
            <translation>ещё нет</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaints.py" line="66" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaints.py" line="68" />
            <source>Next deadline</source>
            <translation>Ближайший срок</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaints.py" line="71" />
            <source>Received</source>
            <translation>Получен</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaints.py" line="72" />
            <source>Kind of answer</source>
            <translation>Характер ответа</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaints.py" line="73" />
            <source>Answer</source>
            <translation>Ответ</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaints.py" line="74" />
            <source>Documents</source>
            <translation>Документы</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaints.py" line="77" />
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaints.py" line="78" />
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/complaints.py" line="79" />
            <source>Met</source>
            <translation>Выполнено</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../ui/error_text.py" line="23" />
            <source>The computer ran out of memory; nothing was saved.</source>
            <translation>Компьютеру не хватило памяти; ничего не сохранено.</translation>
        </message>
        <message>
            <location filename="../../ui/error_text.py" line="25" />
            <source>The operating system refused a file operation ({kind}). Nothing was saved.</source>
            <translation>Операционная система отказала в операции с файлом ({kind}). Ничего не сохранено.</translation>
        </message>
        <message>
            <location filename="../../ui/error_text.py" line="28" />
            <source>An unexpected problem stopped this action ({kind}). Nothing was saved.</source>
            <translation>Действие прервано непредвиденной ошибкой ({kind}). Ничего не сохранено.</translation>
        </message>
        <message>
            <source>Something went wrong.</source>
            <translation>Что-то пошло не так.</translation>
        </message>
        <message>
            <source>The passphrase does not open this vault. Check the keyboard layout and Caps Lock, then try again.</source>
            <translation>Парольная фраза не подходит к этому хранилищу. Проверьте раскладку клавиатуры и Caps Lock и попробуйте снова.</translation>
        </message>
        <message>
            <source>The recovery code does not open this vault. Check each word and try again.</source>
            <translation>Код восстановления не подходит к этому хранилищу. Проверьте каждое слово и попробуйте снова.</translation>
        </message>
        <message>
            <source>There is no vault at {path}. Create one first, or choose another folder.</source>
            <translation>В {path} нет хранилища. Сначала создайте его или выберите другую папку.</translation>
        </message>
        <message>
            <source>A vault already exists at {path}. Open it instead, or choose an empty folder.</source>
            <translation>В {path} уже есть хранилище. Откройте его или выберите пустую папку.</translation>
        </message>
        <message>
            <source>The vault's key file is damaged ({detail}). Restore it from a backup copy; nothing was changed.</source>
            <translation>Файл ключей хранилища повреждён ({detail}). Восстановите его из резервной копии; ничего не изменено.</translation>
        </message>
        <message>
            <source>The vault's database is damaged or was altered ({detail}). Nothing was changed; restore the vault from a backup.</source>
            <translation>База данных хранилища повреждена или изменена ({detail}). Ничего не изменено; восстановите хранилище из резервной копии.</translation>
        </message>
        <message>
            <source>This vault was made by a newer version of Evidence Vault ({detail}). Update the program to open it.</source>
            <translation>Хранилище создано более новой версией Evidence Vault ({detail}). Обновите программу, чтобы открыть его.</translation>
        </message>
        <message>
            <source>The passphrase is too short: use at least {minimum} characters, ideally several words.</source>
            <translation>Парольная фраза слишком короткая: нужно не меньше {minimum} символов, лучше несколько слов.</translation>
        </message>
        <message>
            <source>The vault is locked. Unlock it to continue.</source>
            <translation>Хранилище заблокировано. Разблокируйте его, чтобы продолжить.</translation>
        </message>
        <message>
            <source>The disk is full, so nothing was saved. Free some space and try again.</source>
            <translation>Диск заполнен, поэтому ничего не сохранено. Освободите место и попробуйте снова.</translation>
        </message>
        <message>
            <source>This vault's keys were destroyed (quick erase, or too many wrong attempts), so it can never be opened again.</source>
            <translation>Ключи этого хранилища уничтожены (быстрое уничтожение или слишком много неверных попыток), открыть его больше нельзя.</translation>
        </message>
        <message>
            <source>No {kind} with reference {ref} exists in this vault.</source>
            <translation>В хранилище нет объекта «{kind}» с номером {ref}.</translation>
        </message>
        <message>
            <source>Check the {field}: {problem}.</source>
            <translation>Проверьте поле «{field}»: {problem}.</translation>
        </message>
        <message>
            <source>This {kind} was imported from a bundle and is kept read-only; add an annotation beside it instead.</source>
            <translation>Этот объект («{kind}») загружен из пакета и доступен только для чтения; добавьте рядом заметку.</translation>
        </message>
        <message>
            <source>The audit log is broken at entry {seq}: {detail}.</source>
            <translation>Журнал действий нарушен на записи {seq}: {detail}.</translation>
        </message>
        <message>
            <source>An encrypted evidence file is damaged or was altered ({detail}). Nothing was changed; restore it from a backup.</source>
            <translation>Зашифрованный файл материала повреждён или изменён ({detail}). Ничего не изменено; восстановите его из резервной копии.</translation>
        </message>
        <message>
            <source>The file read back does not match the SHA-256 taken at intake, so it was not written. Restore the vault from a backup.</source>
            <translation>Прочитанный файл не совпадает с SHA-256, снятым при добавлении, поэтому он не записан. Восстановите хранилище из резервной копии.</translation>
        </message>
        <message>
            <source>Could not read {path}: {detail}. Nothing was added.</source>
            <translation>Не удалось прочитать {path}: {detail}. Ничего не добавлено.</translation>
        </message>
        <message>
            <source>Adding files was cancelled; {count} file(s) had already been added and were kept.</source>
            <translation>Добавление отменено; уже добавленные файлы сохранены (файлов: {count}).</translation>
        </message>
        <message>
            <source>This item is not an image that can be read ({detail}), so no working copy was made.</source>
            <translation>Это не читаемое изображение ({detail}), поэтому рабочая копия не создана.</translation>
        </message>
        <message>
            <source>This file is not an Evidence Vault bundle that can be opened ({detail}). Nothing was imported.</source>
            <translation>Этот файл — не пакет Evidence Vault, который можно открыть ({detail}). Ничего не загружено.</translation>
        </message>
        <message>
            <source>This bundle was not encrypted to this vault's key or to the identity given. Ask the sender to encrypt it to your age1… key; nothing was imported.</source>
            <translation>Пакет зашифрован не для ключа этого хранилища и не для указанного ключа. Попросите отправителя зашифровать его для вашего ключа age1…; ничего не загружено.</translation>
        </message>
        <message>
            <source>The passphrase does not open this bundle. Check it and try again; nothing was imported.</source>
            <translation>Парольная фраза не подходит к пакету. Проверьте её и попробуйте снова; ничего не загружено.</translation>
        </message>
        <message>
            <source>The bundle is damaged, cut short or was altered ({detail}). Nothing was imported; ask the sender for a new copy.</source>
            <translation>Пакет повреждён, обрезан или изменён ({detail}). Ничего не загружено; попросите у отправителя новую копию.</translation>
        </message>
        <message>
            <source>The bundle was refused because it contains something unsafe ({detail}). Nothing was imported.</source>
            <translation>Пакет отклонён: в нём есть небезопасное содержимое ({detail}). Ничего не загружено.</translation>
        </message>
        <message>
            <source>The bundle's signature does not match its contents ({detail}); it may have been altered. Nothing was imported.</source>
            <translation>Подпись пакета не соответствует содержимому ({detail}); возможно, его изменили. Ничего не загружено.</translation>
        </message>
        <message>
            <source>A bundle protected by a passphrase is limited to {limit_mib} MiB; encrypt it to the recipient's age1… key instead.</source>
            <translation>Пакет, защищённый парольной фразой, ограничен {limit_mib} МиБ; зашифруйте его для ключа получателя age1….</translation>
        </message>
        <message>
            <source>{recipient} is not a valid age recipient (it should start with age1). Nothing was exported.</source>
            <translation>{recipient} — неверный получатель age (должен начинаться с age1). Ничего не выгружено.</translation>
        </message>
        <message>
            <source>Nothing is left to export after applying the options ({left_out} item(s) left out). No bundle was written.</source>
            <translation>После применения параметров выгружать нечего (исключено: {left_out}). Пакет не создан.</translation>
        </message>
        <message>
            <source>The export was cancelled; no bundle file was left behind.</source>
            <translation>Выгрузка отменена; файл пакета не оставлен.</translation>
        </message>
        <message>
            <source>The bundle could not be written ({detail}); no bundle file was left behind.</source>
            <translation>Не удалось записать пакет ({detail}); файл пакета не оставлен.</translation>
        </message>
        <message>
            <source>{field}: {problem}</source>
            <translation>{field}: {problem}</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <location filename="../../ui/labels.py" line="12" />
            <source>Open</source>
            <translation>Открыто</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="13" />
            <source>Monitoring</source>
            <translation>Наблюдение</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="14" />
            <source>Closed</source>
            <translation>Закрыто</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="15" />
            <source>Archived</source>
            <translation>В архиве</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="46" />
            <source>location removed</source>
            <translation>без местоположения</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="48" />
            <source>redacted</source>
            <translation>с закрашенными участками</translation>
        </message>
    </context>
    <context>
        <name>overdue</name>
        <message>
            <location filename="../../ui/overdue.py" line="37" />
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <location filename="../../ui/overdue.py" line="38" />
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <location filename="../../ui/overdue.py" line="39" />
            <source>Case</source>
            <translation>Дело</translation>
        </message>
        <message>
            <location filename="../../ui/overdue.py" line="40" />
            <source>Complaint to</source>
            <translation>Жалоба в</translation>
        </message>
        <message>
            <location filename="../../ui/overdue.py" line="41" />
            <source>What is due</source>
            <translation>Что нужно сделать</translation>
        </message>
        <message>
            <location filename="../../ui/overdue.py" line="42" />
            <source>Status</source>
            <translation>Статус жалобы</translation>
        </message>
    </context>
    <context>
        <name>people</name>
        <message>
            <location filename="../../ui/tabs/people.py" line="95" />
            <location filename="../../ui/tabs/person_dialog.py" line="22" />
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/people.py" line="96" />
            <source>Other names</source>
            <translation>Другие имена</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/people.py" line="98" />
            <source>Role in this case</source>
            <translation>Роль в этом деле</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/people.py" line="100" />
            <source>Born</source>
            <translation>Родился(ась)</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/person_dialog.py" line="23" />
            <source>Aliases</source>
            <translation>Другие имена</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/person_dialog.py" line="24" />
            <source>Birth date</source>
            <translation>Дата рождения</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/person_dialog.py" line="25" />
            <source>Sex</source>
            <translation>Пол</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/person_dialog.py" line="26" />
            <source>Identity document</source>
            <translation>Документ</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/person_dialog.py" line="27" />
            <source>Contact</source>
            <translation>Контакты</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/person_dialog.py" line="28" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
    </context>
    <context>
        <name>reparations</name>
        <message>
            <location filename="../../ui/tabs/reparations.py" line="31" />
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reparations.py" line="32" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reparations.py" line="33" />
            <source>Asked for</source>
            <translation>Что требовали</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reparations.py" line="34" />
            <source>Paid or granted</source>
            <translation>Выплачено или предоставлено</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/reparations.py" line="35" />
            <source>Obstacle</source>
            <translation>Препятствие</translation>
        </message>
    </context>
    <context>
        <name>search</name>
        <message>
            <location filename="../../ui/search_panel.py" line="39" />
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../../ui/search_panel.py" line="22" />
            <location filename="../../ui/search_panel.py" line="40" />
            <source>Case</source>
            <translation>Дело</translation>
        </message>
        <message>
            <location filename="../../ui/search_panel.py" line="22" />
            <source>Person</source>
            <translation>Человек</translation>
        </message>
        <message>
            <location filename="../../ui/search_panel.py" line="22" />
            <source>Testimony</source>
            <translation>Показания</translation>
        </message>
        <message>
            <location filename="../../ui/search_panel.py" line="23" />
            <source>Incident</source>
            <translation>Эпизод</translation>
        </message>
        <message>
            <location filename="../../ui/search_panel.py" line="23" />
            <source>Complaint</source>
            <translation>Жалоба</translation>
        </message>
        <message>
            <location filename="../../ui/search_panel.py" line="24" />
            <source>Reparation claim</source>
            <translation>Требование о возмещении</translation>
        </message>
        <message>
            <location filename="../../ui/search_panel.py" line="24" />
            <source>Evidence</source>
            <translation>Материал</translation>
        </message>
        <message>
            <location filename="../../ui/search_panel.py" line="25" />
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
        <message>
            <location filename="../../ui/search_panel.py" line="25" />
            <source>Other</source>
            <translation>Другое</translation>
        </message>
        <message>
            <location filename="../../ui/search_panel.py" line="41" />
            <source>Found</source>
            <translation>Найдено</translation>
        </message>
        <message>
            <location filename="../../ui/search_panel.py" line="42" />
            <source>Context</source>
            <translation>Контекст</translation>
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <location filename="../../ui/settings.py" line="33" />
            <source>Lock the vault after this many idle minutes (0 = never)</source>
            <translation>Блокировать хранилище после стольких минут бездействия (0 — никогда)</translation>
        </message>
        <message>
            <location filename="../../ui/settings.py" line="34" />
            <source>Recently used vaults (folders only)</source>
            <translation>Недавние хранилища (только папки)</translation>
        </message>
        <message>
            <location filename="../../ui/settings.py" line="35" />
            <source>Language of the interface</source>
            <translation>Язык интерфейса</translation>
        </message>
        <message>
            <location filename="../../ui/settings.py" line="36" />
            <source>Main window size and position</source>
            <translation>Размер и положение главного окна</translation>
        </message>
        <message>
            <location filename="../../ui/settings.py" line="37" />
            <source>Main window layout</source>
            <translation>Расположение панелей главного окна</translation>
        </message>
        <message>
            <location filename="../../ui/settings.py" line="38" />
            <source>A deadline is 'due soon' within this many days</source>
            <translation>Срок считается «близким» за столько дней</translation>
        </message>
    </context>
    <context>
        <name>testimonies</name>
        <message>
            <location filename="../../ui/tabs/testimonies.py" line="55" />
            <source>Taken</source>
            <translation>Получены</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/testimonies.py" line="57" />
            <source>Interviewee</source>
            <translation>Опрошенный</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/testimonies.py" line="58" />
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/testimonies.py" line="59" />
            <source>Words</source>
            <translation>Слов</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/testimonies.py" line="60" />
            <source>Consent</source>
            <translation>Согласие</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/testimony_editor.py" line="20" />
            <source>not asked</source>
            <translation>не спрашивали</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/testimony_editor.py" line="20" />
            <source>given</source>
            <translation>дано</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/testimony_editor.py" line="21" />
            <source>refused</source>
            <translation>отказ</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/testimony_editor.py" line="21" />
            <source>withdrawn</source>
            <translation>отозвано</translation>
        </message>
    </context>
    <context>
        <name>timeline</name>
        <message>
            <location filename="../../ui/tabs/timeline.py" line="95" />
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/timeline.py" line="97" />
            <source>What happened</source>
            <translation>Что произошло</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/timeline.py" line="99" />
            <source>Type of act</source>
            <translation>Вид действия</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/timeline.py" line="101" />
            <source>Where</source>
            <translation>Где</translation>
        </message>
        <message>
            <location filename="../../ui/tabs/timeline.py" line="102" />
            <source>Linked to</source>
            <translation>Связь</translation>
        </message>
    </context>
</TS>