<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil">
<!-- Qt's own texts a user meets in PisoNet Manager (standard buttons, text context menus, the file
     and print dialogs) in Filipino: Qt ships no qtbase_fil. Sources and contexts are Qt 6.4's exactly
     (see docs/translations.md). Not touched by update_translations. -->
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>I-save</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>I-save Lahat</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buksan</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oo</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Oo sa &amp;Lahat</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Hindi</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Hindi s&amp;a Lahat</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Itigil</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Subukan Ulit</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Huwag Pansinin</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Itapon</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Tulong</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Ilapat</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>I-reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Ibalik ang mga Default</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Paggamit: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Mga option:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Mga argument:</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Hindi kilalang mga option: %1.</translation>
    </message>
    <message>
        <source>Unknown option '%1'.</source>
        <translation>Hindi kilalang option na '%1'.</translation>
    </message>
    <message>
        <source>Missing value after '%1'.</source>
        <translation>Walang value pagkatapos ng '%1'.</translation>
    </message>
    <message>
        <source>Unexpected value after '%1'.</source>
        <translation>Hindi inaasahang value pagkatapos ng '%1'.</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Ipinapakita ang tulong sa mga option ng command line.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Ipinapakita ang tulong kasama ang mga option ng Qt.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Ipinapakita ang bersyon.</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>I-&amp;save</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Kanselahin</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Isara nang hindi sine-save</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Ipakita ang Detalye...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Itago ang Detalye...</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>I-&amp;undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>I-&amp;redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Gupitin</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyahin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>I-&amp;paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Piliin Lahat</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>I-&amp;undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>I-&amp;redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Gupitin</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyahin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>I-&amp;paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Piliin Lahat</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopyahin ang &amp;Link</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>Bumalik</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buksan</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buksan</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>I-&amp;save</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Mga File</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Ipakita ang </translation>
    </message>
    <message>
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>Protektado sa pagsulat ang '%1'.
Burahin pa rin ba ito?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Sigurado ka bang buburahin ang '%1'?</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Listahan ng mga lugar at bookmark</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Pangalan ng file:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Bagong Folder</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Folder sa Itaas</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Bagong Folder</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Alisin</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Tumingin sa:</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Gumawa ng Bagong Folder</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Uri ng file:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Hanapin ang Folder</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Ipakita ang mga &amp;nakatagong file</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>I-save Bilang</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Hindi makita ang folder.
Pakitingnan kung tama ang pangalan ng folder.</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidebar</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Listahan</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Piliin</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Burahin</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Lahat ng file (*)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Lahat ng File (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Mga Folder</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Palitan ang pangalan</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Hindi mabura ang folder.</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>Mayroon nang %1.
Gusto mo ba itong palitan?</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Pasulong</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Pasulong</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Pumunta sa folder sa itaas</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Mga Huling Binuksan</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Bumalik</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Ipakita nang may detalye</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Gumawa ng Bagong Folder</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>May Detalye</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Hindi makita ang file.
Pakitingnan kung tama ang pangalan ng file.</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Ipakita bilang listahan</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Laki</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Uri</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Uri</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Petsa ng Pagbabago</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Aking Computer</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation>I-print</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>I-&amp;print</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>I-print sa File ...</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>I-print sa File (PDF)</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Lokal na file</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Sumulat ng PDF file</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>Mga &amp;Option &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>Mga &amp;Option &lt;&lt;</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Lahat ng Pahina</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Mga Pahinang Odd</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Mga Pahinang Even</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>Mayroon nang %1.
Gusto mo ba itong patungan?</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>Folder ang %1.
Pumili ng ibang pangalan ng file.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>Hindi masulatan ang file na %1.
Pumili ng ibang pangalan ng file.</translation>
    </message>
    <message>
        <source>The 'From' value cannot be greater than the 'To' value.</source>
        <translation>Hindi puwedeng mas malaki ang 'Mula' kaysa sa 'Hanggang'.</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Maling Pagtukoy ng mga Pahina</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Pangalan:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>Mga &amp;Katangian</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Lokasyon:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Uri:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Output na &amp;file:</translation>
    </message>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Copies</source>
        <translation>Mga Kopya</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Mga Kopya:</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Saklaw ng print</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>I-print lahat</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Mga pahina mula</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hanggang</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Napili</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Kasalukuyang Pahina</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Mga Pahina</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Settings ng Output</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Mga Option</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Kulay</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>May kulay</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Grayscale</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Pag-print sa Dalawang Panig</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Patay</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Binding sa mahabang gilid</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Binding sa maikling gilid</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>I-collate</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Baligtad</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>Set ng Pahina:</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Laki ng pahina:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Lapad:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Taas:</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Pinagmulan ng papel:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Oryentasyon</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Baligtad na landscape</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Baligtad na portrait</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Mga Margin</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>itaas na margin</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>ibabang margin</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>kaliwang margin</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>kanang margin</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Layout ng Pahina</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>Ayos ng pahina:</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>Pahina bawat sheet:</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Milimetro (mm)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Points (pt)</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Pulgada (in)</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Page</source>
        <translation>Pahina</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Advanced</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print</source>
        <translation>I-print</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Ayos ng Pahina</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>I-export sa PDF</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Preview ng Print</translation>
    </message>
</context>
</TS>
