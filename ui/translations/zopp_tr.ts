<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>ActivityDetail</name>
    <message>
        <source>Recommendation for this activity (rewording, urgency, …)</source>
        <extracomment>share of the table&apos;s width per column (the table keeps them when resized)</extracomment>
        <translation>Bu faaliyet için öneri (yeniden ifade, aciliyet, …)</translation>
    </message>
    <message>
        <source>Codes of the programme&apos;s items, e.g. 1.1.1, 1.1.2</source>
        <translation>Programın maddelerinin kodları, ör. 1.1.1, 1.1.2</translation>
    </message>
    <message>
        <source>Programme items:</source>
        <translation>Program maddeleri:</translation>
    </message>
    <message>
        <source>Actions taken (type in the last row to add one; Delete removes):</source>
        <translation>Yapılan eylemler (eklemek için son satıra yazın; Delete siler):</translation>
    </message>
    <message>
        <source>Recommendation:</source>
        <translation>Öneri:</translation>
    </message>
    <message>
        <source>Proposed priority:</source>
        <translation>Önerilen öncelik:</translation>
    </message>
    <message>
        <source>Choose an activity on the left.</source>
        <translation>Soldan bir faaliyet seçin.</translation>
    </message>
    <message>
        <source>Add a review (New review…) to record what was done.</source>
        <translation>Yapılanları kaydetmek için bir değerlendirme ekleyin (Yeni değerlendirme…).</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Sorumlu</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Öncelik</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Workshop activities:</source>
        <translation>Çalıştay faaliyetleri:</translation>
    </message>
    <message>
        <source>None yet: link them from an activity of the plan</source>
        <translation>Henüz yok: planın bir faaliyetinden bağlayın</translation>
    </message>
    <message>
        <source>There is no programme item {0}; import the programme of work first.</source>
        <translation>{0} program maddesi yok; önce çalışma programını içe aktarın.</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Faaliyet:</translation>
    </message>
    <message>
        <source>&amp;Timeline:</source>
        <translation>&amp;Zaman çizelgesi:</translation>
    </message>
    <message>
        <source>e.g. 2023–2025</source>
        <translation>ör. 2023–2025</translation>
    </message>
    <message>
        <source>Act&amp;or(s):</source>
        <translation>&amp;Uygulayıcı(lar):</translation>
    </message>
    <message>
        <source>who carries it out</source>
        <translation>kim yürütür</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Gösterge:</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Bütçe:</translation>
    </message>
    <message>
        <source>a rough figure</source>
        <translation>yaklaşık bir tutar</translation>
    </message>
    <message>
        <source>&amp;See activities:</source>
        <translation>&amp;Bkz. faaliyetler:</translation>
    </message>
    <message>
        <source>numbers, e.g. 1.1.4, 2.3.1</source>
        <translation>numaralar, ör. 1.1.4, 2.3.1</translation>
    </message>
    <message>
        <source>&amp;Programme items:</source>
        <translation>&amp;Program maddeleri:</translation>
    </message>
    <message>
        <source>codes, e.g. CAMI PoW 19.3</source>
        <translation>kodlar, ör. CAMI PoW 19.3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Activity {0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Faaliyet {0}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ActivityTree</name>
    <message>
        <source>Activities of the plan</source>
        <translation>Planın faaliyetleri</translation>
    </message>
    <message>
        <source>Programme of work</source>
        <translation>Çalışma programı</translation>
    </message>
    <message>
        <source>Activity</source>
        <extracomment>(activity kind, activity id) of the chosen activity</extracomment>
        <translation>Faaliyet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Objective </source>
        <translation>Hedef </translation>
    </message>
</context>
<context>
    <name>BallotPreviewDialog</name>
    <message>
        <source>Import ballots</source>
        <extracomment>a column named with what it holds: &apos;D (Capacity)&apos;</extracomment>
        <translation>Oy pusulalarını içe aktar</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sayfa</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Satır</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Sütun</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Sorun ne</translation>
    </message>
    <message>
        <source>Skip the rows with problems (they are not imported; the rest is)</source>
        <translation>Sorunlu satırları atla (onlar aktarılmaz; geri kalanı aktarılır)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>İçe aktar</translation>
    </message>
    <message>
        <source>Files: {0}</source>
        <translation>Dosyalar: {0}</translation>
    </message>
    <message>
        <source>What will change, per country:</source>
        <translation>Ülkeye göre neler değişecek:</translation>
    </message>
    <message>
        <source>What will change, per participant:</source>
        <translation>Katılımcı başına ne değişecek:</translation>
    </message>
    <message>
        <source>Problems ({0}):</source>
        <translation>Sorunlar ({0}):</translation>
    </message>
    <message>
        <source>Nothing can be read from these files for any country.</source>
        <translation>Bu dosyalardan hiçbir ülke için bir şey okunamıyor.</translation>
    </message>
    <message>
        <source>Nothing can be read from these files for any participant.</source>
        <translation>Bu dosyalardan hiçbir katılımcı için bir şey okunamıyor.</translation>
    </message>
    <message>
        <source>Nothing will be imported while problems remain: fix the files and import them again, or skip the rows with problems.</source>
        <translation>Sorunlar kaldıkça hiçbir şey içe aktarılmaz: dosyaları düzeltip yeniden içe aktarın ya da sorunlu satırları atlayın.</translation>
    </message>
    <message>
        <source>The import is one step: Undo takes it back.</source>
        <translation>İçe aktarma tek adımdır: Geri al onu geri alır.</translation>
    </message>
    <message>
        <source>{0} new</source>
        <translation>{0} yeni</translation>
    </message>
    <message>
        <source>{0} changed</source>
        <translation>{0} değişti</translation>
    </message>
    <message>
        <source>{0} unchanged</source>
        <translation>{0} değişmedi</translation>
    </message>
    <message>
        <source>{0} left empty (earlier votes kept)</source>
        <translation>{0} boş bırakıldı (önceki oylar korundu)</translation>
    </message>
    <message>
        <source>{0} for {1}: {2}</source>
        <translation>{1} için {0}: {2}</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Table</source>
        <extracomment>the table&apos;s columns (the same as the exported comparison&apos;s)</extracomment>
        <translation>Tablo</translation>
    </message>
    <message>
        <source>Item or activity</source>
        <translation>Öğe ya da faaliyet</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Ölçüt</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Düzey</translation>
    </message>
    <message>
        <source>Region or country</source>
        <translation>Bölge ya da ülke</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>O zaman</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Şimdi</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Değişim</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Genel</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Bölge</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Tehditler</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Öncelikler</translation>
    </message>
    <message>
        <source>new</source>
        <translation>yeni</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>yok</translation>
    </message>
    <message>
        <source>Then: {0}</source>
        <translation>O zaman: {0}</translation>
    </message>
    <message>
        <source>Now: {0}</source>
        <translation>Şimdi: {0}</translation>
    </message>
    <message>
        <source>Matched {0} items and activities ({1} by identity, {2} by label); {3} of {4} figures changed.</source>
        <translation>{0} öğe ve faaliyet eşleşti ({1} kimlikle, {2} adla); {4} değerden {3} tanesi değişti.</translation>
    </message>
    <message>
        <source>Only then: {0}</source>
        <translation>Yalnızca o zaman: {0}</translation>
    </message>
    <message>
        <source>Only now: {0}</source>
        <translation>Yalnızca şimdi: {0}</translation>
    </message>
    <message>
        <source>Then versus now</source>
        <translation>O zaman ve şimdi</translation>
    </message>
    <message>
        <source>Only the figures that changed</source>
        <translation>Yalnızca değişen rakamlar</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Dışa aktar…</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Karşılaştırmayı dışa aktar</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;Spreadsheet (*.xlsx)</source>
        <translation>PDF belgesi (*.pdf);;Elektronik tablo (*.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Dışa aktar</translation>
    </message>
    <message>
        <source>The comparison was written to {0}.</source>
        <translation>Karşılaştırma {0} dosyasına yazıldı.</translation>
    </message>
    <message>
        <source>Compare with an earlier session</source>
        <translation>Önceki oturumla karşılaştır</translation>
    </message>
    <message>
        <source>Nothing to compare</source>
        <translation>Karşılaştırılacak bir şey yok</translation>
    </message>
    <message>
        <source>Start from an earlier workshop</source>
        <translation>Önceki çalıştaydan başla</translation>
    </message>
    <message>
        <source>The session could not be created</source>
        <translation>Oturum oluşturulamadı</translation>
    </message>
    <message>
        <source>Seed the plan from a Miradi project</source>
        <translation>Planı bir Miradi projesinden başlat</translation>
    </message>
    <message>
        <source>Miradi projects (*.xmpz2);;All files (*)</source>
        <translation>Miradi projeleri (*.xmpz2);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Hiçbir şey içe aktarılmadı</translation>
    </message>
    <message>
        <source>Imported {0} problem-tree items, {1} links, {2} objectives and {3} activities from {4}. Undo takes it back.</source>
        <translation>{4} dosyasından {0} sorun ağacı öğesi, {1} bağlantı, {2} hedef ve {3} faaliyet içe aktarıldı. Geri al bunu geri alır.</translation>
    </message>
    <message>
        <source>Not carried over:</source>
        <translation>Aktarılmayanlar:</translation>
    </message>
    <message>
        <source>Miradi project imported</source>
        <translation>Miradi projesi içe aktarıldı</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Threat ranking, threats by region and country, activity priorities per country; as a spreadsheet, every table on its own sheet (CSV: one file each).</source>
        <translation>Tehdit sıralaması, bölge ve ülkeye göre tehditler, ülke başına faaliyet öncelikleri; tabloda her çizelge kendi sayfasında (CSV: her biri ayrı dosya).</translation>
    </message>
    <message>
        <source>Vision, Goal, objectives, results and activities with indicators, baseline and target, means of verification, assumptions, timeline, actors, budget and priority; as Word, one editable table.</source>
        <translation>Vizyon, amaç, hedefler, sonuçlar ve faaliyetler; göstergeler, başlangıç ve hedef değerleri, doğrulama araçları, varsayımlar, zaman çizelgesi, uygulayıcılar, bütçe ve öncelikle; Word olarak düzenlenebilir tek bir tablo.</translation>
    </message>
    <message>
        <source>Everything for the rapporteur: glossary, participants, Vision, Goal, problem tree, tables, LogFrame, priorities and notes; as Word, with Word headings and tables to edit further.</source>
        <translation>Raportör için her şey: sözlük, katılımcılar, vizyon, amaç, sorun ağacı, tablolar, LogFrame, öncelikler ve notlar; Word olarak, daha fazla düzenlemek için Word başlıkları ve tablolarıyla.</translation>
    </message>
    <message>
        <source>Actions taken per activity and country, their status and recommendations.</source>
        <translation>Faaliyet ve ülke başına yapılan eylemler, durumları ve öneriler.</translation>
    </message>
    <message>
        <source>The plan for Miradi (Conservation Standards): the problem tree as causes with a conceptual-model diagram, objectives as strategies, results as objectives, activities as tasks.</source>
        <translation>Miradi için plan (Açık Koruma Standartları): kavramsal model diyagramıyla nedenler olarak sorun ağacı, stratejiler olarak hedefler, amaçlar olarak sonuçlar, görevler olarak faaliyetler.</translation>
    </message>
    <message>
        <source>The LogFrame for donors&apos; reporting (IATI 2.03): one activity, a result per objective and result with its indicators.</source>
        <translation>Bağışçı raporlaması için LogFrame (IATI 2.03): tek faaliyet, her hedef ve sonuç için göstergeleriyle bir sonuç.</translation>
    </message>
    <message>
        <source>LogFrame matrix</source>
        <translation>LogFrame matrisi</translation>
    </message>
    <message>
        <source>Score tables</source>
        <translation>Puan tabloları</translation>
    </message>
    <message>
        <source>Session minutes</source>
        <translation>Oturum tutanağı</translation>
    </message>
    <message>
        <source>Monitoring overview</source>
        <translation>İzleme özeti</translation>
    </message>
    <message>
        <source>Miradi project</source>
        <translation>Miradi projesi</translation>
    </message>
    <message>
        <source>IATI activity file</source>
        <translation>IATI faaliyet dosyası</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <extracomment>kind → (name, what it holds)</extracomment>
        <translation>Word belgesi (.docx)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel çalışma kitabı (.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (.csv)</source>
        <translation>CSV dosyaları (.csv)</translation>
    </message>
    <message>
        <source>Miradi project (.xmpz2)</source>
        <translation>Miradi projesi (.xmpz2)</translation>
    </message>
    <message>
        <source>IATI XML (.xml)</source>
        <translation>IATI XML (.xml)</translation>
    </message>
    <message>
        <source>Writing the {0} ({1})…</source>
        <extracomment>how a document&apos;s description wraps in the list documents finished so far, and what is being written now files written, and one sentence per document that could not be written</extracomment>
        <translation>Yazılıyor: {0} ({1})…</translation>
    </message>
    <message>
        <source>The {0} could not be written ({1}).</source>
        <translation>{0} yazılamadı ({1}).</translation>
    </message>
    <message>
        <source>The language of the documents&apos; headings, column names and page numbers; what the workshop typed stays as typed.</source>
        <extracomment>an export finished (files written or problems shown) what the running export left out on purpose, said with its result</extracomment>
        <translation>Belgelerin başlık, sütun adı ve sayfa numaralarının dili; çalıştayda yazılanlar olduğu gibi kalır.</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Klasör seç…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Dışa aktar</translation>
    </message>
    <message>
        <source>Export all documents</source>
        <translation>Tüm belgeleri dışa aktar</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Dosyayı aç</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Klasörü aç</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Biçim:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Dil:</translation>
    </message>
    <message>
        <source>Save in:</source>
        <translation>Kaydetme yeri:</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Belge:</translation>
    </message>
    <message>
        <source>Save the documents in</source>
        <translation>Belgeleri şuraya kaydet</translation>
    </message>
    <message>
        <source>The monitoring overview was left out: add a review in the Monitoring step first.</source>
        <translation>İzleme özeti atlandı: önce İzleme adımında bir değerlendirme ekleyin.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Dışa aktarılıyor…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Durdur</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Kaydedildi: {0}</translation>
    </message>
</context>
<context>
    <name>FigureDetails</name>
    <message>
        <source>Select a figure (or a dot of the chart) to see the votes behind it.</source>
        <extracomment>the figure&apos;s key and the footnote typed for it (&apos;&apos; removes it)</extracomment>
        <translation>Arkasındaki oyları görmek için bir değer (ya da grafikte bir nokta) seçin.</translation>
    </message>
    <message>
        <source>Show votes</source>
        <translation>Oyları göster</translation>
    </message>
    <message>
        <source>Voter</source>
        <translation>Oy veren</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Kimin için</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Oy</translation>
    </message>
    <message>
        <source>Footnote:</source>
        <translation>Dipnot:</translation>
    </message>
    <message>
        <source>printed under the score tables; Enter keeps it, an empty field removes it</source>
        <translation>puan tablolarının altına basılır; Enter saklar, boş alan siler</translation>
    </message>
    <message>
        <source>range-wide</source>
        <translation>tüm yayılış alanında</translation>
    </message>
    <message>
        <source>{0} of {1}, {2}: {3} — {4}</source>
        <translation>{1} için {0}, {2}: {3} — {4}</translation>
    </message>
    <message>
        <source>Hide votes</source>
        <translation>Oyları gizle</translation>
    </message>
</context>
<context>
    <name>GoalPage</name>
    <message>
        <source>Vision: {0}</source>
        <translation>Vizyon: {0}</translation>
    </message>
    <message>
        <source>No Vision is adopted yet.</source>
        <translation>Henüz kabul edilmiş bir vizyon yok.</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>countries</source>
        <translation>ülkeler</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>bölgeler</translation>
    </message>
    <message>
        <source>region memberships</source>
        <translation>bölge üyelikleri</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>katılımcılar</translation>
    </message>
    <message>
        <source>problem-tree items</source>
        <translation>sorun ağacı öğeleri</translation>
    </message>
    <message>
        <source>links</source>
        <translation>bağlantılar</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>temalar</translation>
    </message>
    <message>
        <source>objectives</source>
        <translation>hedefler</translation>
    </message>
    <message>
        <source>results</source>
        <translation>sonuçlar</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>faaliyetler</translation>
    </message>
    <message>
        <source>programme items</source>
        <translation>program öğeleri</translation>
    </message>
    <message>
        <source>votes</source>
        <translation>oylar</translation>
    </message>
    <message>
        <source>reviews</source>
        <translation>değerlendirmeler</translation>
    </message>
    <message>
        <source>actions taken</source>
        <translation>yapılan eylemler</translation>
    </message>
    <message>
        <source>recommendations</source>
        <translation>öneriler</translation>
    </message>
    <message>
        <source>{0} and {1} more</source>
        <translation>{0} ve {1} tane daha</translation>
    </message>
    <message>
        <source>{0}: {1} added</source>
        <translation>{0}: {1} eklendi</translation>
    </message>
    <message>
        <source>{0}: {1} changed</source>
        <translation>{0}: {1} değişti</translation>
    </message>
    <message>
        <source>nothing new (the session already holds all of it)</source>
        <translation>yeni bir şey yok (oturumda hepsi zaten var)</translation>
    </message>
    <message>
        <source>{0} ({1}): {2}.</source>
        <translation>{0} ({1}): {2}.</translation>
    </message>
    <message>
        <source>Empty cells ({0}) left votes given earlier as they were.</source>
        <translation>Boş hücreler ({0}) daha önce verilen oyları olduğu gibi bıraktı.</translation>
    </message>
    <message>
        <source>New participants: {0}.</source>
        <translation>Yeni katılımcılar: {0}.</translation>
    </message>
    <message>
        <source>Is {0} a typing slip for {1}, who is in the session already?</source>
        <translation>{0}, oturumda zaten bulunan {1} için bir yazım hatası mı?</translation>
    </message>
    <message>
        <source>Columns not used: {0}.</source>
        <translation>Kullanılmayan sütunlar: {0}.</translation>
    </message>
    <message>
        <source>Scores are imported from a votes file, one vote per row: participant, scope, item, criterion, value.</source>
        <translation>Puanlar bir oy dosyasından, satır başına bir oy olarak içe aktarılır: participant, scope, item, criterion, value.</translation>
    </message>
</context>
<context>
    <name>ImportanceCapacityChart</name>
    <message>
        <source>Importance {0}, capacity {1}</source>
        <extracomment>a dot was clicked: the item&apos;s id</extracomment>
        <translation>Önem {0}, kapasite {1}</translation>
    </message>
    <message>
        <source>Importance/severity (0 = non-existent … 3 = major)</source>
        <translation>Önem/ciddiyet (0 = yok … 3 = büyük)</translation>
    </message>
    <message>
        <source>Capacity (1 = poor … 3 = good)</source>
        <translation>Kapasite (1 = zayıf … 3 = iyi)</translation>
    </message>
    <message>
        <source>help needed most</source>
        <translation>en çok yardım gereken</translation>
    </message>
</context>
<context>
    <name>ItemTable</name>
    <message>
        <source>Constraints</source>
        <translation>Kısıtlar</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>Etkenler</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Tehditler</translation>
    </message>
</context>
<context>
    <name>LinkPanel</name>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Bağla</translation>
    </message>
    <message>
        <source>Link the cause to the effect (Ctrl+Enter in either box does the same)</source>
        <translation>Nedeni sonuca bağla (iki kutudan birinde Ctrl+Enter aynı işi yapar)</translation>
    </message>
    <message>
        <source>&amp;Cause:</source>
        <translation>&amp;Neden:</translation>
    </message>
    <message>
        <source>&amp;Effect:</source>
        <translation>&amp;Sonuç:</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>nedeni</translation>
    </message>
    <message>
        <source>effect</source>
        <translation>sonucu</translation>
    </message>
    <message>
        <source>More than one item holds &apos;{0}&apos;: type more of the {1}, or choose it from the list.</source>
        <translation>&apos;{0}&apos; birden çok maddede geçiyor: {1} daha fazla yazın ya da listeden seçin.</translation>
    </message>
    <message>
        <source>Choose the {0} from the list of items first.</source>
        <translation>Önce listeden {0} seçin.</translation>
    </message>
    <message>
        <source>Constraints are causes, not effects: they let threats and drivers act. Link {0} → {1} anyway?</source>
        <translation>Kısıtlar sonuç değil nedendir: tehditlerin ve etkenlerin etkili olmasına yol açarlar. Yine de {0} → {1} bağlansın mı?</translation>
    </message>
    <message>
        <source>Not linked: a constraint is a cause, not an effect.</source>
        <translation>Bağlanmadı: kısıt bir nedendir, sonuç değil.</translation>
    </message>
    <message>
        <source>Link to a constraint?</source>
        <translation>Bir kısıta bağlansın mı?</translation>
    </message>
    <message>
        <source>Link anyway</source>
        <translation>Yine de bağla</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <source>No phone has connected yet. If phones cannot open the address, the Wi-Fi probably keeps devices apart (client isolation): connect the laptop and the phones to a phone hotspot or a travel router instead, or carry on with the shared screen and ballots, which keep working.</source>
        <extracomment>how often the board and results are redrawn while phones vote (ms) after this long with no phone, say why phones may not reach the laptop (s)</extracomment>
        <translation>Henüz hiç telefon bağlanmadı. Telefonlar adresi açamıyorsa Wi-Fi büyük olasılıkla cihazları birbirinden ayırıyor (istemci yalıtımı): dizüstü bilgisayarı ve telefonları bir telefonun etkin noktasına ya da bir seyahat yönlendiricisine bağlayın veya çalışmayı sürdüren ortak ekran ve oy pusulalarıyla devam edin.</translation>
    </message>
    <message>
        <source>Start live voting</source>
        <translation>Başlat</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Durdur</translation>
    </message>
    <message>
        <source>Close voting</source>
        <translation>Oylamayı kapat</translation>
    </message>
    <message>
        <source>Reveal results</source>
        <translation>Sonuçları göster</translation>
    </message>
    <message>
        <source>Personal QR codes (PDF)…</source>
        <translation>Kişisel QR kodları (PDF)…</translation>
    </message>
    <message>
        <source>Release a phone…</source>
        <translation>Telefonu serbest bırak…</translation>
    </message>
    <message>
        <source>Let a participant sign in on another phone</source>
        <translation>Bir katılımcı başka bir telefonla oturum açabilsin</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Ağ:</translation>
    </message>
    <message>
        <source>Scan the code, or open:</source>
        <translation>Kodu okutun ya da açın:</translation>
    </message>
    <message>
        <source>Join code:</source>
        <translation>Katılım kodu:</translation>
    </message>
    <message>
        <source>Live voting needs a session saved as a file.</source>
        <translation>Canlı oylama için oturumun bir dosyaya kaydedilmiş olması gerekir.</translation>
    </message>
    <message>
        <source>Live voting could not start on {0}: {1}.</source>
        <translation>Canlı oylama {0} üzerinde başlatılamadı: {1}.</translation>
    </message>
    <message>
        <source>Live voting is on at {0}; join code {1}.</source>
        <translation>Canlı oylama {0} adresinde açık; katılım kodu {1}.</translation>
    </message>
    <message>
        <source>Live voting stopped; phones can no longer reach the laptop.</source>
        <translation>Canlı oylama durdu; telefonlar artık dizüstü bilgisayara ulaşamaz.</translation>
    </message>
    <message>
        <source>Reopen voting</source>
        <translation>Oylamayı yeniden aç</translation>
    </message>
    <message>
        <source>No participant is signed in on a phone.</source>
        <translation>Hiçbir katılımcı bir telefonla oturum açmadı.</translation>
    </message>
    <message>
        <source>Release a phone</source>
        <translation>Telefonu serbest bırak</translation>
    </message>
    <message>
        <source>Let this participant sign in on another phone:</source>
        <translation>Bu katılımcı başka bir telefonla oturum açabilsin:</translation>
    </message>
    <message>
        <source>{0} can now sign in on another phone.</source>
        <translation>{0} artık başka bir telefonla oturum açabilir.</translation>
    </message>
    <message>
        <source>The participant can now sign in on another phone.</source>
        <translation>Katılımcı artık başka bir telefonla oturum açabilir.</translation>
    </message>
    <message>
        <source>Personal QR codes</source>
        <translation>Kişisel QR kodları</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The sheet could not be written to {0}: {1}.</source>
        <translation>Sayfa {0} konumuna yazılamadı: {1}.</translation>
    </message>
    <message>
        <source>Personal QR codes written to {0}.</source>
        <translation>Kişisel QR kodları {0} dosyasına yazıldı.</translation>
    </message>
    <message>
        <source>Phones connected: {0}</source>
        <translation>Bağlı telefonlar: {0}</translation>
    </message>
</context>
<context>
    <name>LogFramePage</name>
    <message>
        <source>No Objectives yet: the matrix fills in as Objectives, Results and Activities are written.</source>
        <extracomment>column → width its longest unbreakable entry needs (timeline, budget)</extracomment>
        <translation>Henüz hedef yok: matris hedefler, sonuçlar ve faaliyetler yazıldıkça dolar.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>What is this step?</source>
        <extracomment>the step list&apos;s width (pixels) at zoom 1.0: room for the longest step title the most characters of the workshop&apos;s title shown in the title bar</extracomment>
        <translation>Bu adım nedir?</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Son açılanlar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Dü&amp;zen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;Adım</translation>
    </message>
    <message>
        <source>No recent sessions</source>
        <translation>Son oturum yok</translation>
    </message>
    <message>
        <source>{0} is already open.</source>
        <translation>{0} zaten açık.</translation>
    </message>
    <message>
        <source>The session could not be opened</source>
        <translation>Oturum açılamadı</translation>
    </message>
    <message>
        <source>The backup could not be copied</source>
        <translation>Yedek kopyalanamadı</translation>
    </message>
    <message>
        <source>Opened {0}, a copy of {1}.</source>
        <translation>{1} dosyasının kopyası olan {0} açıldı.</translation>
    </message>
    <message>
        <source>The session could not be created</source>
        <translation>Oturum oluşturulamadı</translation>
    </message>
    <message>
        <source>No copy was saved</source>
        <translation>Kopya kaydedilmedi</translation>
    </message>
    <message>
        <source>{0} cannot be written there ({1}); choose another folder.</source>
        <translation>{0} oraya yazılamıyor ({1}); başka bir klasör seçin.</translation>
    </message>
    <message>
        <source>A copy of the session was saved as {0}.</source>
        <translation>Oturumun bir kopyası {0} olarak kaydedildi.</translation>
    </message>
    <message>
        <source>Undone: {0}. Redo with Ctrl+Shift+Z.</source>
        <translation>Geri alındı: {0}. Yinelemek için Ctrl+Shift+Z.</translation>
    </message>
    <message>
        <source>Redone: {0}.</source>
        <translation>Yinelendi: {0}.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
    <message>
        <source>Untitled workshop</source>
        <translation>Adsız çalıştay</translation>
    </message>
    <message>
        <source>not saved to a file</source>
        <translation>dosyaya kaydedilmedi</translation>
    </message>
    <message>
        <source>saving typing…</source>
        <translation>yazılanlar kaydediliyor…</translation>
    </message>
    <message>
        <source>all changes saved</source>
        <translation>tüm değişiklikler kaydedildi</translation>
    </message>
    <message>
        <source>in memory only</source>
        <translation>yalnızca bellekte</translation>
    </message>
    <message>
        <source>Zoom {0} %</source>
        <translation>Yakınlaştırma %{0}</translation>
    </message>
    <message>
        <source>Open a session first: the presenter view shows its steps.</source>
        <extracomment>the most of the window&apos;s width the step list takes before it shows numbers only</extracomment>
        <translation>Önce bir oturum açın: sunucu görünümü onun adımlarını gösterir.</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <source>PDF document (*.pdf);;Spreadsheet (*.xlsx)</source>
        <translation>PDF belgesi (*.pdf);;Hesap tablosu (*.xlsx)</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Değerlendirme:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Actions taken since</source>
        <translation>Eylemler (başlangıç yılı)</translation>
    </message>
    <message>
        <source>Recommendations until</source>
        <translation>Öneriler (son yıl)</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <source>New review…</source>
        <translation>Yeni değerlendirme…</translation>
    </message>
    <message>
        <source>Remove review</source>
        <translation>Değerlendirmeyi sil</translation>
    </message>
    <message>
        <source>Import programme…</source>
        <translation>Programı içe aktar…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Dışa aktar…</translation>
    </message>
    <message>
        <source>Country returns…</source>
        <translation>Ülke raporları…</translation>
    </message>
    <message>
        <source>Import returns…</source>
        <translation>Raporları içe aktar…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Kayıt</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Özet</translation>
    </message>
    <message>
        <source>Import a programme of work</source>
        <translation>Çalışma programını içe aktar</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Hesap tabloları (*.csv *.xlsx);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>İçe aktarıldı.</translation>
    </message>
    <message>
        <source>Export the overview</source>
        <translation>Özeti dışa aktar</translation>
    </message>
    <message>
        <source>The overview can be written as .pdf or .xlsx, not &apos;{0}&apos;.</source>
        <translation>Özet .pdf ya da .xlsx olarak yazılabilir, &apos;{0}&apos; olarak değil.</translation>
    </message>
    <message>
        <source>{0} could not be written: {1}.</source>
        <translation>{0} yazılamadı: {1}.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Dışa aktar</translation>
    </message>
</context>
<context>
    <name>NewReviewDialog</name>
    <message>
        <source>New review</source>
        <translation>Yeni değerlendirme</translation>
    </message>
    <message>
        <source>e.g. Midterm review {0}</source>
        <translation>ör. Ara değerlendirme {0}</translation>
    </message>
    <message>
        <source>Year the plan began, e.g. 2022</source>
        <translation>Planın başladığı yıl, ör. 2022</translation>
    </message>
    <message>
        <source>Nothing (an empty record)</source>
        <translation>Hiçbiri (boş kayıt)</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Başlık:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Tarih:</translation>
    </message>
    <message>
        <source>Actions taken since:</source>
        <translation>Şu yıldan beri eylemler:</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Başlangıç:</translation>
    </message>
</context>
<context>
    <name>NextRoundDialog</name>
    <message>
        <source>Open round {0}</source>
        <translation>{0}. turu aç</translation>
    </message>
    <message>
        <source>Ask again about every item</source>
        <translation>Her madde yeniden sorulsun</translation>
    </message>
    <message>
        <source>Ask again only where the votes range at least</source>
        <translation>Yalnızca oyların aralığı en az şu olan maddeler</translation>
    </message>
    <message>
        <source>The highest vote minus the lowest, on any criterion</source>
        <translation>Herhangi bir ölçütte en yüksek oy eksi en düşük oy</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Vazgeç</translation>
    </message>
    <message>
        <source>Every vote given so far is kept as round {0}. The items asked again start empty; the others keep their figures.</source>
        <translation>Şimdiye dek verilen her oy {0}. tur olarak saklanır. Yeniden sorulan maddeler boş başlar; ötekiler puanlarını korur.</translation>
    </message>
    <message>
        <source>All {0} items are asked again.</source>
        <translation>{0} maddenin hepsi yeniden sorulur.</translation>
    </message>
    <message>
        <source>No item&apos;s votes range that far: no item is asked again.</source>
        <translation>Hiçbir maddenin oyları bu kadar ayrışmıyor: hiçbir madde yeniden sorulmaz.</translation>
    </message>
    <message>
        <source>{0} of {1} items are asked again: {2}</source>
        <translation>{1} maddeden {0} tanesi yeniden sorulur: {2}</translation>
    </message>
</context>
<context>
    <name>ObjectiveForm</name>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Hedef:</translation>
    </message>
    <message>
        <source>choose or type a new theme, then Enter</source>
        <translation>bir tema seçin ya da yenisini yazın, sonra Enter</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Addresses:</source>
        <translation>&amp;Ele aldığı:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Objective {0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hedef {0}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>OutlineTree</name>
    <message>
        <source>Objective</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Faaliyet</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
</context>
<context>
    <name>OutlineWidget</name>
    <message>
        <source>Select a row to see its details.</source>
        <translation>Ayrıntılarını görmek için bir satır seçin.</translation>
    </message>
    <message>
        <source>Where the chain breaks (double-click or Enter to go there):</source>
        <translation>Zincirin koptuğu yerler (gitmek için çift tıklayın ya da Enter):</translation>
    </message>
    <message>
        <source>The chain holds: nothing to fix.</source>
        <translation>Zincir sağlam: düzeltilecek bir şey yok.</translation>
    </message>
    <message>
        <source>New objective: type and press Enter; paste adds one per line</source>
        <translation>Yeni hedef: yazıp Enter&apos;a basın; yapıştırma her satırı ayrı ekler</translation>
    </message>
    <message>
        <source>New result (first select the objective it belongs to): type and press Enter; paste adds one per line</source>
        <translation>Yeni sonuç (önce ait olduğu hedefi seçin): yazıp Enter&apos;a basın; yapıştırma her satırı ayrı ekler</translation>
    </message>
    <message>
        <source>New result under objective {0}: type and press Enter; paste adds one per line</source>
        <translation>{0}. hedefin altında yeni sonuç: yazıp Enter&apos;a basın; yapıştırma her satırı ayrı ekler</translation>
    </message>
    <message>
        <source>New activity (first select the result it belongs to): type and press Enter; paste adds one per line</source>
        <translation>Yeni faaliyet (önce ait olduğu sonucu seçin): yazıp Enter&apos;a basın; yapıştırma her satırı ayrı ekler</translation>
    </message>
    <message>
        <source>New activity under result {0}: type and press Enter; paste adds one per line</source>
        <translation>{0} sonucunun altında yeni faaliyet: yazıp Enter&apos;a basın; yapıştırma her satırı ayrı ekler</translation>
    </message>
    <message>
        <source>That change could not be made.</source>
        <translation>Bu değişiklik yapılamadı.</translation>
    </message>
    <message>
        <source>Select the objective the new result belongs to first.</source>
        <translation>Önce yeni sonucun ait olduğu hedefi seçin.</translation>
    </message>
    <message>
        <source>Select the result the new activity belongs to first.</source>
        <translation>Önce yeni faaliyetin ait olduğu sonucu seçin.</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Activities</source>
        <translation>Faaliyetler</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Sorumlu</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Öncelik</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Yapılan eylemler</translation>
    </message>
    <message>
        <source>Implemented by</source>
        <translation>Uygulayan</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Öneriler</translation>
    </message>
    <message>
        <source>No action recorded.</source>
        <translation>Kaydedilmiş eylem yok.</translation>
    </message>
    <message>
        <source>Proposed priority:</source>
        <extracomment>a quiet note&apos;s colour, adjusted to the view&apos;s background in either theme</extracomment>
        <translation>Önerilen öncelik:</translation>
    </message>
    <message>
        <source> since {0}</source>
        <translation> ({0} yılından beri)</translation>
    </message>
    <message>
        <source>Objective </source>
        <translation>Hedef </translation>
    </message>
    <message>
        <source>Status summary</source>
        <translation>Durum özeti</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Toplam</translation>
    </message>
    <message>
        <source>Changes since {0}</source>
        <translation>{0} sonrasındaki değişiklikler</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Faaliyet</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ne değişti</translation>
    </message>
    <message>
        <source>No activities to monitor yet: add activities in the Activities step, or import an external programme of work.</source>
        <translation>Henüz izlenecek faaliyet yok: Faaliyetler adımında faaliyet ekleyin ya da dış bir çalışma programını içe aktarın.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>The {0} step is not available in this version of ZOPP Facilitator.</source>
        <translation>{0} adımı ZOPP Facilitator&apos;ın bu sürümünde yok.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Tercihler</translation>
    </message>
    <message>
        <source>The system&apos;s language ({0})</source>
        <translation>Sistemin dili ({0})</translation>
    </message>
    <message>
        <source>A new language is used from the next start of the app.</source>
        <translation>Yeni dil, uygulamanın bir sonraki açılışında kullanılır.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Dil:</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>Where do we want the species to be in 25–50 years?</source>
        <extracomment>the question the room answers in each step (others show the step&apos;s definition)</extracomment>
        <translation>Türün 25–50 yıl sonra nerede olmasını istiyoruz?</translation>
    </message>
    <message>
        <source>What do we want to achieve in the next 10–20 years?</source>
        <translation>Önümüzdeki 10–20 yılda neyi başarmak istiyoruz?</translation>
    </message>
    <message>
        <source>What harms the species, what drives it, and what lets it happen?</source>
        <translation>Türe ne zarar veriyor, buna ne yol açıyor ve neyin olmasına izin veriyor?</translation>
    </message>
    <message>
        <source>How important is each driver and threat (0 = non-existent … 3 = major), and how good is the capacity to address it (1 = poor … 3 = good)?</source>
        <translation>Her etken ve tehdit ne kadar önemli (0 = yok … 3 = büyük) ve onunla başa çıkma kapasitesi ne kadar iyi (1 = zayıf … 3 = iyi)?</translation>
    </message>
    <message>
        <source>What priority has each activity for your country (1 = low … 3 = high)?</source>
        <translation>Her faaliyetin ülkeniz için önceliği nedir (1 = düşük … 3 = yüksek)?</translation>
    </message>
    <message>
        <source>ZOPP Facilitator — for the room</source>
        <extracomment>the smallest type (points on screen) the diagram is shown at before it scrolls instead</extracomment>
        <translation>ZOPP Facilitator — salon için</translation>
    </message>
    <message>
        <source>(not written yet)</source>
        <translation>(henüz yazılmadı)</translation>
    </message>
    <message>
        <source>Voter</source>
        <translation>Oy veren</translation>
    </message>
    <message>
        <source>For</source>
        <translation>İçin</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Oy</translation>
    </message>
    <message>
        <source>Voter {n}</source>
        <translation>Oy veren {n}</translation>
    </message>
</context>
<context>
    <name>PrioritisationPage</name>
    <message>
        <source>All activities</source>
        <extracomment>the priorities filter: (label, (&apos;top&apos;, N) | (&apos;above&apos;, threshold) | None)</extracomment>
        <translation>Tüm faaliyetler</translation>
    </message>
    <message>
        <source>Top 10 overall</source>
        <translation>Genelde ilk 10</translation>
    </message>
    <message>
        <source>Top 20 overall</source>
        <translation>Genelde ilk 20</translation>
    </message>
    <message>
        <source>Overall 2.5 or more</source>
        <translation>Genel 2,5 veya üstü</translation>
    </message>
    <message>
        <source>Overall 2.0 or more</source>
        <translation>Genel 2,0 veya üstü</translation>
    </message>
    <message>
        <source>Click a column heading to sort.</source>
        <translation>Sıralamak için bir sütun başlığına tıklayın.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Göster:</translation>
    </message>
</context>
<context>
    <name>ProblemTreePage</name>
    <message>
        <source>Type and press Enter to add the next; paste lines to add one item per line; Delete removes (Ctrl+Z brings it back); Alt+Up/Down moves</source>
        <translation>Sonrakini eklemek için yazıp Enter&apos;a basın; satır yapıştırmak her satırı bir madde ekler; Delete siler (Ctrl+Z geri getirir); Alt+Yukarı/Aşağı taşır</translation>
    </message>
    <message>
        <source>dashed: emerging  ┆ arrows: cause → effect</source>
        <translation>kesikli: yeni ortaya çıkan  ┆ oklar: neden → sonuç</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Sığdır</translation>
    </message>
    <message>
        <source>The whole tree in the window (zoom with + and −)</source>
        <translation>Tüm ağaç pencerede (+ ve − ile yakınlaştırın)</translation>
    </message>
    <message>
        <source>Save picture…</source>
        <translation>Resmi kaydet…</translation>
    </message>
    <message>
        <source>Save the diagram as PNG or SVG</source>
        <translation>Diyagramı PNG veya SVG olarak kaydet</translation>
    </message>
    <message>
        <source>Arrange afresh</source>
        <translation>Yeniden yerleştir</translation>
    </message>
    <message>
        <source>Forget the boxes&apos; dragged places (Ctrl+Z brings them back)</source>
        <translation>Kutuların sürüklendiği yerleri unut (Ctrl+Z geri getirir)</translation>
    </message>
    <message>
        <source>Diagram only</source>
        <translation>Yalnızca diyagram</translation>
    </message>
    <message>
        <source>Hide the lists and links to give the diagram the whole page (F6)</source>
        <translation>Diyagrama tüm sayfayı vermek için listeleri ve bağlantıları gizle (F6)</translation>
    </message>
    <message>
        <source>Save the problem tree</source>
        <translation>Sorun ağacını kaydet</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG resmi (*.png);;SVG çizimi (*.svg)</translation>
    </message>
    <message>
        <source>The picture could not be saved: {0}.</source>
        <translation>Resim kaydedilemedi: {0}.</translation>
    </message>
    <message>
        <source>The problem tree was saved as {0}.</source>
        <translation>Sorun ağacı {0} olarak kaydedildi.</translation>
    </message>
    <message>
        <source>That change could not be made.</source>
        <translation>Bu değişiklik yapılamadı.</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <source>Voter</source>
        <translation>Oy veren</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tamam</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Type here to add a new row; paste rows from a spreadsheet with Ctrl+V.</source>
        <extracomment>a cell&apos;s text longer than this may not fit its row: it gets a tooltip and shows its beginning this column takes the table&apos;s spare width (the others fit their contents) (row, column) of the last cell the user changed</extracomment>
        <translation>Yeni satır eklemek için buraya yazın; bir tablodan satırları Ctrl+V ile yapıştırın.</translation>
    </message>
</context>
<context>
    <name>ResultForm</name>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Sonuç:</translation>
    </message>
    <message>
        <source>SMART:</source>
        <translation>SMART:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Result {0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sonuç {0}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ReturnsDialogs</name>
    <message>
        <source>Folder for the country return workbooks</source>
        <translation>Ülke rapor çalışma kitapları için klasör</translation>
    </message>
    <message>
        <source>Country returns</source>
        <translation>Ülke raporları</translation>
    </message>
    <message>
        <source>Add a review first: the returns are made for a review.</source>
        <translation>Önce bir değerlendirme ekleyin: raporlar bir değerlendirme için hazırlanır.</translation>
    </message>
    <message>
        <source>{0} return workbooks were written to {1}: send each to its country&apos;s focal point, then import the returned workbooks here.</source>
        <translation>{0} rapor çalışma kitabı {1} klasörüne yazıldı: her birini ülkesinin odak noktasına gönderin, sonra geri gelen çalışma kitaplarını buradan içe aktarın.</translation>
    </message>
    <message>
        <source>Returned country workbooks</source>
        <translation>Geri gelen ülke çalışma kitapları</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel çalışma kitapları (*.xlsx)</translation>
    </message>
    <message>
        <source>Import country returns</source>
        <translation>Ülke raporlarını içe aktar</translation>
    </message>
    <message>
        <source>Country returns imported from {0} file(s).</source>
        <translation>Ülke raporları {0} dosyadan içe aktarıldı.</translation>
    </message>
</context>
<context>
    <name>RowForm</name>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Gösterge:</translation>
    </message>
    <message>
        <source>how we will know it is achieved</source>
        <translation>başarıldığını nasıl bileceğiz</translation>
    </message>
    <message>
        <source>Base&amp;line:</source>
        <translation>&amp;Başlangıç değeri:</translation>
    </message>
    <message>
        <source>value at the start, e.g. 6 of 13</source>
        <translation>başlangıçtaki değer, ör. 13&apos;te 6</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>&amp;Hedef değer:</translation>
    </message>
    <message>
        <source>value to reach, e.g. 13 of 13</source>
        <translation>ulaşılacak değer, ör. 13&apos;te 13</translation>
    </message>
    <message>
        <source>year</source>
        <translation>yıl</translation>
    </message>
    <message>
        <source>&amp;Verification:</source>
        <translation>&amp;Doğrulama:</translation>
    </message>
    <message>
        <source>means of verification, sources</source>
        <translation>doğrulama araçları, kaynaklar</translation>
    </message>
    <message>
        <source>Assu&amp;mptions:</source>
        <translation>&amp;Varsayımlar:</translation>
    </message>
    <message>
        <source>assumptions and risks</source>
        <translation>varsayımlar ve riskler</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Species</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Toplantı</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Tarihler</translation>
    </message>
    <message>
        <source>Document symbol</source>
        <translation>Belge simgesi</translation>
    </message>
    <message>
        <source>Enter adds the next; Delete removes; Ctrl+Z undoes</source>
        <translation>Enter sonrakini ekler; Delete siler; Ctrl+Z geri alır</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Çalıştay</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <source>Countries (range states)</source>
        <translation>Ülkeler (yayılış ülkeleri)</translation>
    </message>
    <message>
        <source>Enter adds the next; Ctrl+V pastes rows</source>
        <translation>Enter sonrakini ekler; Ctrl+V satırları yapıştırır</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Bölgeler</translation>
    </message>
    <message>
        <source>Enter on Countries opens the list to tick</source>
        <translation>Ülkeler&apos;de Enter işaretleme listesini açar</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Katılımcılar</translation>
    </message>
    <message>
        <source>&amp;Import from CSV/XLSX…</source>
        <translation>CSV/XLSX&apos;ten &amp;içe aktar…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Participants&lt;/b&gt; &lt;small&gt;({0})&lt;/small&gt;</source>
        <translation>&lt;b&gt;Katılımcılar&lt;/b&gt; &lt;small&gt;({0})&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Participants: {0}, {1} voting&lt;/b&gt; &lt;small&gt;({2})&lt;/small&gt;</source>
        <translation>&lt;b&gt;Katılımcılar: {0}, oy veren: {1}&lt;/b&gt; &lt;small&gt;({2})&lt;/small&gt;</translation>
    </message>
    <message>
        <source>The code {0} cannot be changed; remove the country and add it again.</source>
        <translation>{0} kodu değiştirilemez; ülkeyi kaldırıp yeniden ekleyin.</translation>
    </message>
    <message>
        <source>The region {0} keeps its name and abbreviation; remove it and add it again to change them.</source>
        <translation>{0} bölgesinin adı ve kısaltması değişmez; değiştirmek için bölgeyi kaldırıp yeniden ekleyin.</translation>
    </message>
    <message>
        <source>{0} no longer votes: {1} of their votes stop counting (tick the box again or press Ctrl+Z to count them).</source>
        <translation>{0} artık oy vermiyor: {1} oyu sayılmıyor (yeniden saymak için kutuyu tekrar işaretleyin ya da Ctrl+Z&apos;ye basın).</translation>
    </message>
    <message>
        <source>{0} votes again: {1} votes count again.</source>
        <translation>{0} yeniden oy veriyor: {1} oy yeniden sayılıyor.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Hiçbir şey içe aktarılmadı</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>İçe aktarıldı</translation>
    </message>
    <message>
        <source>Not everything was imported</source>
        <translation>Her şey içe aktarılmadı</translation>
    </message>
</context>
<context>
    <name>StepNavigator</name>
    <message>
        <source>done</source>
        <extracomment>step id → (module, class) of its page status → (mark shown before the title, words for screen readers and tooltips)</extracomment>
        <translation>tamamlandı</translation>
    </message>
    <message>
        <source>started</source>
        <translation>başladı</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>başlamadı</translation>
    </message>
</context>
<context>
    <name>TextStepPage</name>
    <message>
        <source>Type the {0} here.</source>
        <extracomment>milliseconds of quiet after typing before the text is saved: a sentence typed just before the laptop dies is in the file, and still one undo step per pause the text being drafted is larger than the rest, for the room to read on the projector</extracomment>
        <translation>{0} metnini buraya yazın.</translation>
    </message>
    <message>
        <source>Drafts (✔ = adopted):</source>
        <translation>Taslaklar (✔ = kabul edildi):</translation>
    </message>
    <message>
        <source>&amp;Keep as draft</source>
        <translation>&amp;Taslak olarak sakla</translation>
    </message>
    <message>
        <source>Keep the text as it is now as a draft (Ctrl+Shift+D)</source>
        <translation>Metni şimdiki hâliyle taslak olarak sakla (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>&amp;Adopt draft</source>
        <translation>Taslağı &amp;kabul et</translation>
    </message>
    <message>
        <source>Make the selected draft the adopted text (Enter in the list)</source>
        <translation>Seçili taslağı kabul edilen metin yap (listede Enter)</translation>
    </message>
    <message>
        <source>Type the text first; an empty draft is not kept.</source>
        <translation>Önce metni yazın; boş taslak saklanmaz.</translation>
    </message>
    <message>
        <source>Choose a draft in the list first.</source>
        <translation>Önce listeden bir taslak seçin.</translation>
    </message>
</context>
<context>
    <name>ThreatRankingPage</name>
    <message>
        <source>Brackets also for equal figures, as the reference does</source>
        <translation>Eşit değerler için de parantez, kaynak belgedeki gibi</translation>
    </message>
    <message>
        <source>List every country that voted, e.g. 3.0 (UZ 3) (AF 3)</source>
        <translation>Oy veren her ülkeyi listele, ör. 3.0 (UZ 3) (AF 3)</translation>
    </message>
    <message>
        <source>Range-wide (Table 3.1)</source>
        <translation>Tüm yayılış alanı (Tablo 3.1)</translation>
    </message>
    <message>
        <source>By region (Appendix III)</source>
        <translation>Bölgeye göre (Ek III)</translation>
    </message>
    <message>
        <source>Importance × capacity</source>
        <translation>Önem × kapasite</translation>
    </message>
    <message>
        <source>Compare with country:</source>
        <translation>Ülkeyle karşılaştır:</translation>
    </message>
    <message>
        <source>{0}: no room here at this size; see {1}.</source>
        <translation>{0}: bu boyutta burada yer yok; bkz. {1}.</translation>
    </message>
    <message>
        <source>Footnote kept; the score tables print it under the table.</source>
        <translation>Dipnot saklandı; puan tabloları onu tablonun altına basar.</translation>
    </message>
    <message>
        <source>Footnote removed.</source>
        <translation>Dipnot kaldırıldı.</translation>
    </message>
</context>
<context>
    <name>VoteModel</name>
    <message>
        <source>{0}: {1}; &apos;-&apos; = unknown</source>
        <translation>{0}: {1}; &apos;-&apos; = bilinmiyor</translation>
    </message>
    <message>
        <source>not filled in</source>
        <translation>doldurulmadı</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Faaliyet</translation>
    </message>
    <message>
        <source>Driver or threat</source>
        <translation>Etken ya da tehdit</translation>
    </message>
</context>
<context>
    <name>VotePage</name>
    <message>
        <source>Reveal results</source>
        <translation>Sonuçları göster</translation>
    </message>
    <message>
        <source>Reopen voting</source>
        <translation>Oylamayı yeniden aç</translation>
    </message>
    <message>
        <source>The vote closed when the results were revealed</source>
        <translation>Sonuçlar gösterildiğinde oylama kapandı</translation>
    </message>
    <message>
        <source>Close voting</source>
        <translation>Oylamayı kapat</translation>
    </message>
    <message>
        <source>No vote can change until it is reopened</source>
        <translation>Yeniden açılana dek hiçbir oy değişemez</translation>
    </message>
    <message>
        <source>Next round…</source>
        <translation>Sonraki tur…</translation>
    </message>
    <message>
        <source>Keep these votes as a round and ask again about every item or the disputed ones</source>
        <translation>Bu oyları bir tur olarak sakla ve her maddeyi ya da tartışmalı olanları yeniden sor</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Oy</translation>
    </message>
    <message>
        <source>The results are hidden while people vote.
Press “Reveal results” to show them.</source>
        <translation>Oylama sürerken sonuçlar gizlidir.
Görmek için “Sonuçları göster”e basın.</translation>
    </message>
    <message>
        <source>Results (hidden until revealed)</source>
        <translation>Sonuçlar (gösterilene dek gizli)</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefonlar</translation>
    </message>
    <message>
        <source>Export ballots…</source>
        <translation>Oy pusulalarını dışa aktar…</translation>
    </message>
    <message>
        <source>One workbook per participant…</source>
        <translation>Katılımcı başına bir çalışma kitabı…</translation>
    </message>
    <message>
        <source>One workbook per country…</source>
        <translation>Ülke başına bir çalışma kitabı…</translation>
    </message>
    <message>
        <source>Import ballots…</source>
        <translation>Oy pusulalarını içe aktar…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Diğer</translation>
    </message>
    <message>
        <source>{0} of {1} voters has not voted — reveal anyway?</source>
        <translation>{1} oy verenden {0} kişi oy vermedi — yine de gösterilsin mi?</translation>
    </message>
    <message>
        <source>{0} of {1} voters have not voted — reveal anyway?</source>
        <translation>{1} oy verenden {0} kişi oy vermedi — yine de gösterilsin mi?</translation>
    </message>
    <message>
        <source>Reveal the results</source>
        <translation>Sonuçları göster</translation>
    </message>
    <message>
        <source>Reveal anyway</source>
        <translation>Yine de göster</translation>
    </message>
    <message>
        <source>Results revealed; the vote is closed (Reopen voting lets people change their votes).</source>
        <translation>Sonuçlar gösterildi; oylama kapandı (oylamayı yeniden açmak oyların değiştirilmesine izin verir).</translation>
    </message>
    <message>
        <source>Voting is open again.</source>
        <translation>Oylama yeniden açık.</translation>
    </message>
    <message>
        <source>Vote — round {0}</source>
        <translation>Oy — {0}. tur</translation>
    </message>
    <message>
        <source>Hide results</source>
        <translation>Sonuçları gizle</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Sonuçlar</translation>
    </message>
    <message>
        <source>Folder for the ballots</source>
        <translation>Oy pusulaları için klasör</translation>
    </message>
    <message>
        <source>The ballots could not be written to {0}: {1}</source>
        <translation>Oy pusulaları {0} konumuna yazılamadı: {1}</translation>
    </message>
    <message>
        <source>{0} ballot workbook(s) written to {1}.</source>
        <translation>{0} oy pusulası çalışma kitabı {1} klasörüne yazıldı.</translation>
    </message>
    <message>
        <source>Returned ballots</source>
        <translation>Geri gelen oy pusulaları</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel çalışma kitapları (*.xlsx)</translation>
    </message>
    <message>
        <source>Ballots imported from {0}.</source>
        <translation>Oy pusulaları {0} dosyasından içe aktarıldı.</translation>
    </message>
</context>
<context>
    <name>VoterPicker</name>
    <message>
        <source>No one votes yet: mark participants as voting in Session &amp; people.</source>
        <translation>Henüz kimse oy vermiyor: Oturum ve kişiler adımında katılımcıları oy veren olarak işaretleyin.</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <source>Choose who is voting</source>
        <extracomment>a panel shorter than this many lines of the window&apos;s type (200 % zoom on a 720-pixel screen) folds the voters&apos; list into a drop-down above the grid: the grid takes the whole width, so its items wrap into few lines and several show at once the grid&apos;s type against the window&apos;s: normally, and on a short screen on a short screen, the lines of an item&apos;s text shown but for the item being voted on tones of the line under the grid; the theme&apos;s stylesheet colours them (QLabel[tone=…])</extracomment>
        <translation>Oy vereni seçin</translation>
    </message>
    <message>
        <source>Who is voting</source>
        <translation>Kim oy veriyor</translation>
    </message>
    <message>
        <source>Progress (cells answered)</source>
        <translation>İlerleme (yanıtlanan hücreler)</translation>
    </message>
    <message>
        <source>Vo&amp;tes for</source>
        <translation>&amp;Kimin adına</translation>
    </message>
    <message>
        <source>Type a digit to score, &apos;-&apos; for unknown, Delete to clear; arrows, Tab and Enter move; PageDown: next voter, PageUp: previous.</source>
        <translation>Puan için bir rakam, bilinmiyorsa &apos;-&apos;, silmek için Delete; oklar, Tab ve Enter ilerletir; PageDown: sonraki oy veren, PageUp: önceki.</translation>
    </message>
    <message>
        <source>There is no country or region to vote for yet: add them in Session &amp; people.</source>
        <translation>Henüz oy verilecek ülke ya da bölge yok: Oturum ve kişiler adımında ekleyin.</translation>
    </message>
    <message>
        <source>That was the last voter.</source>
        <translation>Bu son oy verendi.</translation>
    </message>
    <message>
        <source>This is the first voter.</source>
        <translation>Bu ilk oy veren.</translation>
    </message>
    <message>
        <source>Not saved — {0}</source>
        <translation>Kaydedilmedi — {0}</translation>
    </message>
    <message>
        <source>Not saved — see the message in the status bar.</source>
        <translation>Kaydedilmedi — durum çubuğundaki iletiye bakın.</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>temizlendi</translation>
    </message>
    <message>
        <source>Saved: {0} {1} for {2}</source>
        <translation>Kaydedildi: {2} için {0} {1}</translation>
    </message>
</context>
<context>
    <name>VotingResults</name>
    <message>
        <source>Every country</source>
        <translation>Tüm ülkeler</translation>
    </message>
    <message>
        <source>{name} ({code}) against the overall</source>
        <translation>{name} ({code}) geneline karşı</translation>
    </message>
    <message>
        <source>Range-wide only</source>
        <extracomment>first entry of the results&apos; country filter, and how a country is named in it</extracomment>
        <translation>Yalnızca tüm yayılış alanı</translation>
    </message>
    <message>
        <source>Constraints, drivers and threats</source>
        <translation>Kısıtlar, etkenler ve tehditler</translation>
    </message>
    <message>
        <source>Importance/severity</source>
        <translation>Önem/ciddiyet</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapasite</translation>
    </message>
    <message>
        <source>{0} importance</source>
        <translation>{0} önem</translation>
    </message>
    <message>
        <source>{0} capacity</source>
        <translation>{0} kapasite</translation>
    </message>
    <message>
        <source>Constraints (not ranked)</source>
        <translation>Kısıtlar (sıralanmaz)</translation>
    </message>
    <message>
        <source>Driver or threat</source>
        <translation>Etken ya da tehdit</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Önem</translation>
    </message>
    <message>
        <source>{0} overall</source>
        <translation>{0} genel</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Faaliyet</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Metin</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Genel</translation>
    </message>
</context>
<context>
    <name>VotingRounds</name>
    <message>
        <source>Which round the results show</source>
        <translation>Sonuçların gösterdiği tur</translation>
    </message>
    <message>
        <source>Round {0} (now)</source>
        <translation>{0}. tur (şimdi)</translation>
    </message>
    <message>
        <source>Round {0}</source>
        <translation>{0}. tur</translation>
    </message>
    <message>
        <source>Round {0} → {1} compared</source>
        <translation>{0}. tur → {1}. tur karşılaştırması</translation>
    </message>
    <message>
        <source>Driver or threat</source>
        <translation>Etken ya da tehdit</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Faaliyet</translation>
    </message>
    <message>
        <source>Round {0} mean</source>
        <translation>{0}. tur ortalaması</translation>
    </message>
    <message>
        <source>Round {0} spread</source>
        <translation>{0}. tur aralığı</translation>
    </message>
    <message>
        <source>Round {0} votes</source>
        <translation>{0}. tur oy sayısı</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Ölçüt</translation>
    </message>
    <message>
        <source>Voting is closed: no vote can change until it is reopened.</source>
        <translation>Oylama kapalı: yeniden açılana dek hiçbir oy değişemez.</translation>
    </message>
    <message>
        <source>Round {0} is open on every item.</source>
        <translation>{0}. tur her madde için açık.</translation>
    </message>
    <message>
        <source>Round {0} is open on {1} item(s); the others keep their figures.</source>
        <translation>{0}. tur {1} madde için açık; ötekiler puanlarını korur.</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>No session is open. Start a workshop, or continue one.</source>
        <translation>Açık oturum yok. Bir çalıştay başlatın ya da sürdürün.</translation>
    </message>
    <message>
        <source>&amp;New session… (Ctrl+N)</source>
        <translation>&amp;Yeni oturum… (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open session… (Ctrl+O)</source>
        <translation>Oturum &amp;aç… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Recent sessions (Enter or double-click opens):</source>
        <translation>Son oturumlar (Enter ya da çift tıklama açar):</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;New session…</source>
        <extracomment>id → (menu text, shortcut, checkable)</extracomment>
        <translation>&amp;Yeni oturum…</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>Oturum &amp;aç…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>&amp;Kopya kaydet…</translation>
    </message>
    <message>
        <source>&amp;Close session</source>
        <translation>Oturumu &amp;kapat</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;k</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Yakınlaştır</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Uzaklaştır</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>&amp;Normal boyut</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Tam ekran</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Yüksek &amp;karşıtlık</translation>
    </message>
    <message>
        <source>&amp;Step list</source>
        <translation>&amp;Adım listesi</translation>
    </message>
    <message>
        <source>&amp;What is this step?</source>
        <translation>Bu adım &amp;nedir?</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>&amp;Sonraki adım</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>Ö&amp;nceki adım</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Tercihler…</translation>
    </message>
    <message>
        <source>New &amp;from Earlier Workshop…</source>
        <translation>Önceki çalıştaydan &amp;yeni…</translation>
    </message>
    <message>
        <source>Co&amp;mpare with Earlier Session…</source>
        <translation>Önceki oturumla &amp;karşılaştır…</translation>
    </message>
    <message>
        <source>Import a M&amp;iradi Project…</source>
        <translation>M&amp;iradi projesini içe aktar…</translation>
    </message>
    <message>
        <source>&amp;Presenter view (for the projector)</source>
        <translation>&amp;Sunucu görünümü (projektör için)</translation>
    </message>
    <message>
        <source>Voters&apos; &amp;names on the projector</source>
        <translation>Oy verenlerin &amp;adları projektörde</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>not started</source>
        <extracomment>an action&apos;s statuses (``mon.ACTION_STATUSES``) with their words</extracomment>
        <translation>başlamadı</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>sürüyor</translation>
    </message>
    <message>
        <source>done</source>
        <translation>tamamlandı</translation>
    </message>
    <message>
        <source>not implemented</source>
        <translation>uygulanmadı</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Ülkeler</translation>
    </message>
    <message>
        <source>A country, several separated by commas, or &apos;Regional&apos;</source>
        <translation>Bir ülke, virgülle ayrılmış birkaç ülke ya da &apos;Regional&apos;</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Ne yapıldı</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Dönem</translation>
    </message>
    <message>
        <source>Years, e.g. 2018-2019</source>
        <translation>Yıllar, ör. 2018-2019</translation>
    </message>
    <message>
        <source>Implemented by</source>
        <translation>Uygulayan</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Bütçe</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Fon sağlayan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Specific</source>
        <translation>Belirli</translation>
    </message>
    <message>
        <source>Measurable</source>
        <translation>Ölçülebilir</translation>
    </message>
    <message>
        <source>Achievable</source>
        <translation>Ulaşılabilir</translation>
    </message>
    <message>
        <source>Relevant</source>
        <translation>İlgili</translation>
    </message>
    <message>
        <source>Time-bound</source>
        <translation>Zamana bağlı</translation>
    </message>
    <message>
        <source>Theme</source>
        <extracomment>the columns shown besides number and text, per focus</extracomment>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Ele aldığı</translation>
    </message>
    <message>
        <source>Actor(s)</source>
        <translation>Uygulayıcı(lar)</translation>
    </message>
    <message>
        <source>{0} item</source>
        <translation>{0} madde</translation>
    </message>
    <message>
        <source>{0} items</source>
        <translation>{0} madde</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>the column headers as the app shows them (translated in the &quot;columns&quot; context)</extracomment>
        <translation>No.</translation>
    </message>
    <message>
        <source>Narrative summary</source>
        <translation>Anlatı özeti</translation>
    </message>
    <message>
        <source>Objectively verifiable indicators</source>
        <translation>Göstergeler (nesnel olarak doğrulanabilir)</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translation>Doğrulama araçları</translation>
    </message>
    <message>
        <source>Assumptions and risks</source>
        <translation>Varsayımlar ve riskler</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zaman çizelgesi</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Öncelik</translation>
    </message>
    <message>
        <source>Indicators</source>
        <extracomment>each column&apos;s share of the width, and its narrowest width (pixels at zoom 1.0) the columns that shrink when the view is narrow, in order when longer titles (Russian) still overflow, the summary gives way down to this width the columns whose longest entry should not be cut (timeline, budget) widest a timeline or budget column grows to fit its longest entry (pixels at zoom 1.0) long headers on two lines, so the columns stay narrow</extracomment>
        <translation>Göstergeler</translation>
    </message>
    <message>
        <source>Means of
verification</source>
        <translation>Doğrulama
araçları</translation>
    </message>
    <message>
        <source>Assumptions
and risks</source>
        <translation>Varsayımlar
ve riskler</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Katılımcı</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Kolaylaştırıcı</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Raportör</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Gözlemci</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Two-letter ISO code, e.g. TR</source>
        <translation>İki harfli ISO kodu, ör. TR</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Bölge</translation>
    </message>
    <message>
        <source>Abbr.</source>
        <translation>Kısalt.</translation>
    </message>
    <message>
        <source>Enter or F2 opens the list: Space ticks a country. Typing or pasting codes or names separated by commas also works.</source>
        <translation>Enter ya da F2 listeyi açar: Boşluk bir ülkeyi işaretler. Virgülle ayrılmış kod ya da ad yazmak veya yapıştırmak da olur.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Kurum</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Oy verir</translation>
    </message>
    <message>
        <source>Whether this participant votes</source>
        <translation>Bu katılımcı oy veriyor mu</translation>
    </message>
    <message>
        <source>current</source>
        <translation>mevcut</translation>
    </message>
    <message>
        <source>emerging</source>
        <translation>yeni ortaya çıkan</translation>
    </message>
    <message>
        <source>Constraint</source>
        <extracomment>kind → the title of its list&apos;s column</extracomment>
        <translation>Kısıt</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Etken</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Tehdit</translation>
    </message>
    <message>
        <source>current or emerging</source>
        <translation>mevcut ya da yeni ortaya çıkan</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>There is no file at {path}.</source>
        <translation>{path} konumunda dosya yok.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a session file.</source>
        <translation>{path} bir klasör, oturum dosyası değil.</translation>
    </message>
    <message>
        <source>{path} is empty: it is not a ZOPP session file.</source>
        <translation>{path} boş: bir ZOPP oturum dosyası değil.</translation>
    </message>
    <message>
        <source>{path} is not a ZOPP session file (it is not a SQLite database).</source>
        <translation>{path} bir ZOPP oturum dosyası değil (SQLite veritabanı değil).</translation>
    </message>
    <message>
        <source>{path} is a SQLite database of another application, not a ZOPP session.</source>
        <translation>{path} başka bir uygulamanın SQLite veritabanı, ZOPP oturumu değil.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name or open it.</source>
        <translation>{path} zaten var; başka bir ad seçin ya da onu açın.</translation>
    </message>
    <message>
        <source>Cannot create {path}: the folder {folder} does not exist.</source>
        <translation>{path} oluşturulamıyor: {folder} klasörü yok.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>{path} okunamıyor: {reason}.</translation>
    </message>
    <message>
        <source>{path} could not be opened: {reason}.</source>
        <translation>{path} açılamadı: {reason}.</translation>
    </message>
    <message>
        <source>Cannot save a copy to {path}: the folder does not exist.</source>
        <translation>{path} konumuna kopya kaydedilemiyor: klasör yok.</translation>
    </message>
    <message>
        <source>Cannot save a copy to {path}: {reason}.</source>
        <translation>{path} konumuna kopya kaydedilemiyor: {reason}.</translation>
    </message>
    <message>
        <source>A copy cannot replace the open session itself; choose another name.</source>
        <translation>Kopya açık oturumun yerine geçemez; başka bir ad seçin.</translation>
    </message>
    <message>
        <source>The session file could not be written ({reason}); nothing was changed.</source>
        <translation>Oturum dosyası yazılamadı ({reason}); hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <source>Open for reading only. {reason}</source>
        <translation>Yalnızca okumak için açıldı. {reason}</translation>
    </message>
    <message>
        <source>No backup copy was made ({reason}); the older copies are kept as they were.</source>
        <translation>Yedek kopya alınmadı ({reason}); eski kopyalar olduğu gibi saklandı.</translation>
    </message>
    <message>
        <source>No backup copy was made: {name} fails its integrity check ({finding}), and a damaged file never replaces a good backup.</source>
        <translation>Yedek kopya alınmadı: {name} bütünlük denetiminden geçmiyor ({finding}) ve bozuk bir dosya hiçbir zaman sağlam bir yedeğin yerini almaz.</translation>
    </message>
    <message>
        <source>{path} is read-only, so nothing can be changed in it; allow writing to it, or copy it to a folder of your own, and try again.</source>
        <translation>{path} salt okunur, içinde hiçbir şey değiştirilemez; yazmaya izin verin ya da kendi klasörünüze kopyalayıp yeniden deneyin.</translation>
    </message>
    <message>
        <source>{path} cannot be changed: its lock file {lock} is a folder; remove that folder and try again.</source>
        <translation>{path} değiştirilemez: kilit dosyası {lock} bir klasör; o klasörü kaldırıp yeniden deneyin.</translation>
    </message>
    <message>
        <source>{value} is outside the {criterion} scale ({low}–{high}).</source>
        <translation>{value}, {criterion} ölçeğinin dışında ({low}–{high}).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a score: write a number, &apos;-&apos; for unknown, or leave it empty.</source>
        <translation>&apos;{text}&apos; bir puan değil: bir sayı yazın, bilinmiyorsa &apos;-&apos; yazın ya da boş bırakın.</translation>
    </message>
    <message>
        <source>That participant is not in the session.</source>
        <translation>Bu katılımcı oturumda yok.</translation>
    </message>
    <message>
        <source>Constraints are not ranked.</source>
        <translation>Kısıtlar sıralanmaz.</translation>
    </message>
    <message>
        <source>Cannot undo &apos;{label}&apos;: Threat ranking is closed, so no vote can change until it is reopened; nothing was changed.</source>
        <translation>&apos;{label}&apos; geri alınamaz: Tehdit sıralaması kapalı, yeniden açılana dek hiçbir oy değişemez; hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <source>Cannot redo &apos;{label}&apos;: Threat ranking is closed, so no vote can change until it is reopened; nothing was changed.</source>
        <translation>&apos;{label}&apos; yinelenemez: Tehdit sıralaması kapalı, yeniden açılana dek hiçbir oy değişemez; hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <source>Cannot undo &apos;{label}&apos;: Prioritisation is closed, so no vote can change until it is reopened; nothing was changed.</source>
        <translation>&apos;{label}&apos; geri alınamaz: Önceliklendirme kapalı, yeniden açılana dek hiçbir oy değişemez; hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <source>Cannot redo &apos;{label}&apos;: Prioritisation is closed, so no vote can change until it is reopened; nothing was changed.</source>
        <translation>&apos;{label}&apos; yinelenemez: Önceliklendirme kapalı, yeniden açılana dek hiçbir oy değişemez; hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <source>This round of the threat ranking does not ask about that item: it keeps its figures from the earlier round.</source>
        <translation>Tehdit sıralamasının bu turu o maddeyi sormuyor: madde önceki turun puanlarını korur.</translation>
    </message>
    <message>
        <source>This round of the prioritisation does not ask about that activity: it keeps its figures from the earlier round.</source>
        <translation>Önceliklendirmenin bu turu o faaliyeti sormuyor: faaliyet önceki turun puanlarını korur.</translation>
    </message>
    <message>
        <source>open round of threat ranking</source>
        <translation>tehdit sıralamasının turunu aç</translation>
    </message>
    <message>
        <source>open round of prioritisation</source>
        <translation>önceliklendirmenin turunu aç</translation>
    </message>
    <message>
        <source>close threat ranking</source>
        <translation>tehdit sıralamasını kapat</translation>
    </message>
    <message>
        <source>close prioritisation</source>
        <translation>önceliklendirmeyi kapat</translation>
    </message>
    <message>
        <source>reopen threat ranking</source>
        <translation>tehdit sıralamasını yeniden aç</translation>
    </message>
    <message>
        <source>reopen prioritisation</source>
        <translation>önceliklendirmeyi yeniden aç</translation>
    </message>
    <message>
        <source>High ({score})</source>
        <translation>Yüksek ({score})</translation>
    </message>
    <message>
        <source>Medium ({score})</source>
        <translation>Orta ({score})</translation>
    </message>
    <message>
        <source>Low ({score})</source>
        <translation>Düşük ({score})</translation>
    </message>
    <message>
        <source>A country needs a code.</source>
        <translation>Ülkenin bir kodu olmalı.</translation>
    </message>
    <message>
        <source>There is already a country with the code {code}.</source>
        <translation>{code} kodlu bir ülke zaten var.</translation>
    </message>
    <message>
        <source>{code} cannot be removed: {count} vote(s) were cast for it.</source>
        <translation>{code} kaldırılamaz: onun için {count} oy verildi.</translation>
    </message>
    <message>
        <source>A region needs a name.</source>
        <translation>Bölgenin bir adı olmalı.</translation>
    </message>
    <message>
        <source>There is already a region called {name}.</source>
        <translation>{name} adlı bir bölge zaten var.</translation>
    </message>
    <message>
        <source>A participant needs a name.</source>
        <translation>Katılımcının bir adı olmalı.</translation>
    </message>
    <message>
        <source>There is no country with the code {code}.</source>
        <translation>{code} kodlu ülke yok.</translation>
    </message>
    <message>
        <source>That draft no longer exists.</source>
        <translation>Bu taslak artık yok.</translation>
    </message>
    <message>
        <source>add country {code}</source>
        <translation>{code} ülkesini ekleme</translation>
    </message>
    <message>
        <source>rename country {code}</source>
        <translation>{code} ülkesini yeniden adlandırma</translation>
    </message>
    <message>
        <source>remove country {code}</source>
        <translation>{code} ülkesini kaldırma</translation>
    </message>
    <message>
        <source>add region {name}</source>
        <translation>{name} bölgesini ekleme</translation>
    </message>
    <message>
        <source>change members of {name}</source>
        <translation>{name} üyelerini değiştirme</translation>
    </message>
    <message>
        <source>remove region {name}</source>
        <translation>{name} bölgesini kaldırma</translation>
    </message>
    <message>
        <source>add participant {name}</source>
        <translation>{name} katılımcısını ekleme</translation>
    </message>
    <message>
        <source>edit participant {fields}</source>
        <translation>katılımcı düzenleme: {fields}</translation>
    </message>
    <message>
        <source>remove participant</source>
        <translation>katılımcıyı kaldırma</translation>
    </message>
    <message>
        <source>adopt draft</source>
        <translation>taslağı kabul etme</translation>
    </message>
    <message>
        <source>remove draft</source>
        <translation>taslağı kaldırma</translation>
    </message>
    <message>
        <source>edit draft</source>
        <translation>taslağı düzenleme</translation>
    </message>
    <message>
        <source>add note</source>
        <translation>not ekleme</translation>
    </message>
    <message>
        <source>edit note</source>
        <translation>notu düzenleme</translation>
    </message>
    <message>
        <source>remove note</source>
        <translation>notu kaldırma</translation>
    </message>
    <message>
        <source>{name} is an old Excel (.xls) file; save it as .xlsx or CSV and import that.</source>
        <translation>{name} eski bir Excel (.xls) dosyası; .xlsx ya da CSV olarak kaydedip onu içe aktarın.</translation>
    </message>
    <message>
        <source>{name} is {what}, not a CSV or XLSX spreadsheet.</source>
        <translation>{name} bir {what}; CSV ya da XLSX tablosu değil.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a spreadsheet.</source>
        <translation>{path} bir klasör, tablo değil.</translation>
    </message>
    <message>
        <source>{name} is {size} MB, far more than any workshop&apos;s table (at most {limit} MB are read); is it the right file?</source>
        <translation>{name} {size} MB; hiçbir çalıştay tablosu bu kadar büyük olmaz (en çok {limit} MB okunur); doğru dosya mı?</translation>
    </message>
    <message>
        <source>{name} is empty: there is nothing to import.</source>
        <translation>{name} boş: içe aktarılacak bir şey yok.</translation>
    </message>
    <message>
        <source>{name} is not a CSV or XLSX spreadsheet (it holds binary data).</source>
        <translation>{name} bir CSV ya da XLSX tablosu değil (ikili veri içeriyor).</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text (line {line} is the first with another encoding); save it as &apos;CSV UTF-8&apos; (or as .xlsx) and import that.</source>
        <translation>{name} UTF-8 metni değil (başka kodlamalı ilk satır {line}); &apos;CSV UTF-8&apos; (ya da .xlsx) olarak kaydedip onu içe aktarın.</translation>
    </message>
    <message>
        <source>{name} has a quote that opens a cell on line {line} and is never closed, so the rest of the file would be read as that one cell; close the quote (or remove it) and import again.</source>
        <translation>{name} dosyasında {line}. satırda bir hücreyi açan tırnak hiç kapanmıyor, bu yüzden dosyanın geri kalanı tek hücre olarak okunurdu; tırnağı kapatın (ya da silin) ve yeniden içe aktarın.</translation>
    </message>
    <message>
        <source>{name} has a cell on line {line} longer than {limit} characters, far more than any workshop&apos;s table holds; is it the right file?</source>
        <translation>{name} dosyasında {line}. satırdaki hücre {limit} karakterden uzun; hiçbir çalıştay tablosunda bu kadarı olmaz; doğru dosya mı?</translation>
    </message>
    <message>
        <source>{name} is not a well-formed CSV file (line {line}: {error}).</source>
        <translation>{name} düzgün biçimli bir CSV dosyası değil (satır {line}: {error}).</translation>
    </message>
    <message>
        <source>{where}{name} is empty: there is nothing to import.</source>
        <translation>{where}{name} boş: içe aktarılacak bir şey yok.</translation>
    </message>
    <message>
        <source>{name} has a header but no rows: there is nothing to import.</source>
        <translation>{name} dosyasında başlık var ama satır yok: içe aktarılacak bir şey yok.</translation>
    </message>
    <message>
        <source>{name} has the column &apos;{column}&apos; twice in its header (line {line}).</source>
        <translation>{name} dosyasının başlığında &apos;{column}&apos; sütunu iki kez var (satır {line}).</translation>
    </message>
    <message>
        <source>{name} is an OpenDocument spreadsheet; save it as .xlsx or CSV and import that.</source>
        <translation>{name} bir OpenDocument tablosu; .xlsx ya da CSV olarak kaydedip onu içe aktarın.</translation>
    </message>
    <message>
        <source>{name} is damaged or is not an Excel workbook (.xlsx).</source>
        <translation>{name} hasarlı ya da bir Excel çalışma kitabı (.xlsx) değil.</translation>
    </message>
    <message>
        <source>{name} is damaged: its first sheet cannot be read.</source>
        <translation>{name} hasarlı: ilk sayfası okunamıyor.</translation>
    </message>
    <message>
        <source>The first sheet of {name} is empty: there is nothing to import{hint}.</source>
        <translation>{name} dosyasının ilk sayfası boş: içe aktarılacak bir şey yok{hint}.</translation>
    </message>
    <message>
        <source>{name} looks like a {kind} file but lacks the column(s) {missing}; its header should be: {header}.</source>
        <translation>{name} bir &apos;{kind}&apos; dosyasına benziyor ama {missing} sütun(lar)ı eksik; başlığı şöyle olmalı: {header}.</translation>
    </message>
    <message>
        <source>{name} has the headers {found}, which match no kind of file that can be imported; the headers understood are: {understood}.</source>
        <translation>{name} dosyasının başlıkları {found}; bunlar içe aktarılabilen hiçbir dosya türüne uymuyor; anlaşılan başlıklar: {understood}.</translation>
    </message>
    <message>
        <source>{path} was not imported: {count} problem(s).</source>
        <translation>{path} içe aktarılmadı: {count} sorun.</translation>
    </message>
    <message>
        <source>  line {line}, column {column}: {message}</source>
        <translation>  satır {line}, sütun {column}: {message}</translation>
    </message>
    <message>
        <source>  line {line}: {message}</source>
        <translation>  satır {line}: {message}</translation>
    </message>
    <message>
        <source>  … and {count} more problem(s) not listed.</source>
        <translation>  … ve burada listelenmeyen {count} sorun daha.</translation>
    </message>
    <message>
        <source>this row has more cells than the header ({left} left over); a number with a decimal comma must be in quotes, or the columns separated by &apos;;&apos;.</source>
        <translation>bu satırda başlıktan fazla hücre var (artan: {left}); ondalık virgüllü bir sayı tırnak içinde olmalı ya da sütunlar &apos;;&apos; ile ayrılmalı.</translation>
    </message>
    <message>
        <source>the {what} is empty.</source>
        <translation>{what} boş.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a {column}; use one of: {choices}.</source>
        <translation>&apos;{text}&apos; geçerli bir {column} değil; şunlardan birini kullanın: {choices}.</translation>
    </message>
    <message>
        <source>{name} is already in the session with the code {code}; use that code.</source>
        <translation>{name} oturumda {code} koduyla zaten var; o kodu kullanın.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not yes or no.</source>
        <translation>&apos;{text}&apos; ne evet ne hayır.</translation>
    </message>
    <message>
        <source>the kind is empty; use one of: {choices}.</source>
        <translation>tür boş; şunlardan birini kullanın: {choices}.</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; is already in the session as a {existing}, not a {kind}.</source>
        <translation>&apos;{label}&apos; oturumda zaten {existing} olarak var, {kind} olarak değil.</translation>
    </message>
    <message>
        <source>there is no constraint, driver or threat called &apos;{label}&apos;.</source>
        <translation>&apos;{label}&apos; adında bir kısıt, etken ya da tehdit yok.</translation>
    </message>
    <message>
        <source>{voter} is no longer in the session.</source>
        <translation>{voter} artık oturumda değil.</translation>
    </message>
    <message>
        <source>There is no {scope_kind} &apos;{scope}&apos; any more.</source>
        <translation>&apos;{scope}&apos; ({scope_kind}) artık yok.</translation>
    </message>
    <message>
        <source>An {target_kind} voted for no longer exists.</source>
        <translation>Oy verilen {target_kind} artık yok.</translation>
    </message>
    <message>
        <source>the review&apos;s title is empty.</source>
        <translation>değerlendirmenin başlığı boş.</translation>
    </message>
    <message>
        <source>there is no review &apos;{title}&apos; (reviews: {known}); import a reviews file or run &apos;facilitator review new&apos; first.</source>
        <translation>&apos;{title}&apos; adında bir değerlendirme yok (değerlendirmeler: {known}); önce bir değerlendirme dosyası içe aktarın ya da &apos;facilitator review new&apos; çalıştırın.</translation>
    </message>
    <message>
        <source>the activity is empty.</source>
        <translation>faaliyet boş.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is neither an activity number of this session (like 1.2.3) nor a programme item&apos;s code.</source>
        <translation>&apos;{text}&apos; ne bu oturumun bir faaliyet numarası (1.2.3 gibi) ne de bir program öğesinin kodu.</translation>
    </message>
    <message>
        <source>what was done is empty.</source>
        <translation>yapılan iş boş.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a status; use one of: {choices}.</source>
        <translation>&apos;{text}&apos; bir durum değil; şunlardan birini kullanın: {choices}.</translation>
    </message>
    <message>
        <source>there is no {level} {wanted} for {number} to belong to.</source>
        <translation>{number} numarasının bağlanacağı {wanted} numaralı {level} yok.</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; is a constraint, which objectives do not address.</source>
        <translation>&apos;{label}&apos; bir kısıt; hedefler kısıtları ele almaz.</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; is no threat or driver of this session.</source>
        <translation>&apos;{label}&apos; bu oturumun bir tehdidi ya da etkeni değil.</translation>
    </message>
    <message>
        <source>{level}s have no {column}; leave this cell empty.</source>
        <translation>{level} öğelerinde &apos;{column}&apos; yok; bu hücreyi boş bırakın.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number like 1, 1.2 or 1.2.3.</source>
        <translation>&apos;{text}&apos; 1, 1.2 ya da 1.2.3 gibi bir numara değil.</translation>
    </message>
    <message>
        <source>the Goal has no {column}; leave this cell empty.</source>
        <translation>Amaçta &apos;{column}&apos; yok; bu hücreyi boş bırakın.</translation>
    </message>
    <message>
        <source>{level} {number} would leave a gap: the next number here is {expected}.</source>
        <translation>{level} {number} numaralamada boşluk bırakır: buradaki sıradaki numara {expected}.</translation>
    </message>
    <message>
        <source>the text of the new {level} is empty.</source>
        <translation>yeni {level} öğesinin metni boş.</translation>
    </message>
    <message>
        <source>&apos;{number}&apos; is not a theme number like 1, 2, 3.</source>
        <translation>&apos;{number}&apos; 1, 2, 3 gibi bir tema numarası değil.</translation>
    </message>
    <message>
        <source>the theme&apos;s name is empty.</source>
        <translation>temanın adı boş.</translation>
    </message>
    <message>
        <source>theme {number} would leave a gap: the next number is {expected}.</source>
        <translation>tema {number} numaralamada boşluk bırakır: sıradaki numara {expected}.</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>dosya yok.</translation>
    </message>
    <message>
        <source>the sheet is {rows} rows by {columns} columns, far larger than a ballot (at most {max_rows} rows and {max_columns} columns are read).</source>
        <translation>sayfa {rows} satır, {columns} sütun; bir oy pusulasından çok büyük (en çok {max_rows} satır ve {max_columns} sütun okunur).</translation>
    </message>
    <message>
        <source>cells {cells} are merged: unmerge them and give each score its own cell.</source>
        <translation>{cells} hücreleri birleştirilmiş: ayırın ve her puana kendi hücresini verin.</translation>
    </message>
    <message>
        <source>{voter} is not marked as voting: mark them as voting in Session &amp; people and import the ballot again, or skip it.</source>
        <translation>{voter} oy veren olarak işaretli değil: Oturum ve kişiler adımında işaretleyip oy pusulasını yeniden içe aktarın ya da atlayın.</translation>
    </message>
    <message>
        <source>participant number {number} is {numbered}, but the name written is &apos;{name}&apos;: correct the one that is wrong.</source>
        <translation>{number} numaralı katılımcı {numbered}, ama yazılan ad &apos;{name}&apos;: yanlış olanı düzeltin.</translation>
    </message>
    <message>
        <source>there is no participant called &apos;{name}&apos; in this session.</source>
        <translation>bu oturumda &apos;{name}&apos; adında bir katılımcı yok.</translation>
    </message>
    <message>
        <source>there is no participant number {number} in this session.</source>
        <translation>bu oturumda {number} numaralı katılımcı yok.</translation>
    </message>
    <message>
        <source>the participant is missing: write the voter&apos;s name.</source>
        <translation>katılımcı eksik: oy verenin adını yazın.</translation>
    </message>
    <message>
        <source>the scope is missing: write the country code or region this ballot votes for.</source>
        <translation>kapsam eksik: bu oy pusulasının oy verdiği ülke kodunu ya da bölgeyi yazın.</translation>
    </message>
    <message>
        <source>&apos;{written}&apos; is not a country code, country or region of this session.</source>
        <translation>&apos;{written}&apos; bu oturumun bir ülke kodu, ülkesi ya da bölgesi değil.</translation>
    </message>
    <message>
        <source>the cell holds the formula {formula} without a result: type the score itself.</source>
        <translation>hücrede sonucu olmayan {formula} formülü var: puanın kendisini yazın.</translation>
    </message>
    <message>
        <source>&apos;{shown}&apos; is not a {what} of this session.</source>
        <translation>&apos;{shown}&apos; bu oturumun bir {what} öğesi değil.</translation>
    </message>
    <message>
        <source>sheet {sheet}: {message}</source>
        <translation>sayfa {sheet}: {message}</translation>
    </message>
    <message>
        <source>Nothing was imported: the returns have {count} problem(s); fix them or skip those rows.</source>
        <translation>Hiçbir şey içe aktarılmadı: raporlarda {count} sorun var; düzeltin ya da o satırları atlayın.</translation>
    </message>
    <message>
        <source>Nothing was imported: the ballots have {count} problem(s); fix them or skip those rows.</source>
        <translation>Hiçbir şey içe aktarılmadı: oy pusulalarında {count} sorun var; düzeltin ya da o satırları atlayın.</translation>
    </message>
    <message>
        <source>this return belongs to another session ({title}).</source>
        <translation>bu rapor başka bir oturuma ait ({title}).</translation>
    </message>
    <message>
        <source>the session has no country {country}.</source>
        <translation>oturumda {country} ülkesi yok.</translation>
    </message>
    <message>
        <source>the review this return was made for no longer exists.</source>
        <translation>bu raporun hazırlandığı değerlendirme artık yok.</translation>
    </message>
    <message>
        <source>the header row was changed; use the workbook as it was sent.</source>
        <translation>başlık satırı değiştirilmiş; çalışma kitabını gönderildiği gibi kullanın.</translation>
    </message>
    <message>
        <source>the text is longer than {limit} characters.</source>
        <translation>metin {limit} karakterden uzun.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an activity of this plan.</source>
        <translation>&apos;{text}&apos; bu planın bir faaliyeti değil.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a status; use {choices}.</source>
        <translation>&apos;{text}&apos; bir durum değil; {choices} kullanın.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a priority; use {choices}.</source>
        <translation>&apos;{text}&apos; bir öncelik değil; {choices} kullanın.</translation>
    </message>
    <message>
        <source>the row has details but does not say what action was taken.</source>
        <translation>satırda ayrıntı var ama hangi eylemin yapıldığı yazmıyor.</translation>
    </message>
    <message>
        <source>a second return for {country} (the first is {first}); send one per country.</source>
        <translation>{country} için ikinci rapor (ilki: {first}); her ülke için bir tane gönderin.</translation>
    </message>
    <message>
        <source>The session has no country with the code {code}.</source>
        <translation>Oturumda {code} kodlu bir ülke yok.</translation>
    </message>
    <message>
        <source>That review no longer exists.</source>
        <translation>O değerlendirme artık yok.</translation>
    </message>
    <message>
        <source>The session has no countries to send returns to.</source>
        <translation>Oturumda rapor gönderilecek ülke yok.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist: choose another place to save.</source>
        <translation>{folder} klasörü yok: kaydetmek için başka bir yer seçin.</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder: choose another place to save.</source>
        <translation>{folder} bir dosya, klasör değil: kaydetmek için başka bir yer seçin.</translation>
    </message>
    <message>
        <source>A comparison is written as .pdf or .xlsx, not &apos;{suffix}&apos;.</source>
        <translation>Karşılaştırma .pdf ya da .xlsx olarak yazılır, &apos;{suffix}&apos; olarak değil.</translation>
    </message>
    <message>
        <source>The programme overview is written as .xlsx, not &apos;{suffix}&apos;.</source>
        <translation>Program özeti .xlsx olarak yazılır, &apos;{suffix}&apos; olarak değil.</translation>
    </message>
    <message>
        <source>Unknown document &apos;{kind}&apos;: choose one of {choices}.</source>
        <translation>Bilinmeyen belge &apos;{kind}&apos;: şunlardan birini seçin: {choices}.</translation>
    </message>
    <message>
        <source>A {kind} document cannot be written as &apos;{suffix}&apos;: use {choices}.</source>
        <translation>&apos;{kind}&apos; belgesi &apos;{suffix}&apos; olarak yazılamaz: {choices} kullanın.</translation>
    </message>
    <message>
        <source>{path} cannot be written: it is open in another program or the folder is read-only.</source>
        <translation>{path} yazılamıyor: başka bir programda açık ya da klasör salt okunur.</translation>
    </message>
    <message>
        <source>{path} cannot be written: {reason}.</source>
        <translation>{path} yazılamıyor: {reason}.</translation>
    </message>
    <message>
        <source>The {kind} could not be written to {path}: {error}.</source>
        <translation>&apos;{kind}&apos; {path} dosyasına yazılamadı: {error}.</translation>
    </message>
    <message>
        <source>There is no language &apos;{code}&apos;; choose one of {choices}.</source>
        <translation>&apos;{code}&apos; dili yok; şunlardan birini seçin: {choices}.</translation>
    </message>
    <message>
        <source>{name} is a zip without a project.xml: not a Miradi project.</source>
        <translation>{name} project.xml içermeyen bir zip: Miradi projesi değil.</translation>
    </message>
    <message>
        <source>{name}: its project.xml is too large to be a workshop&apos;s plan.</source>
        <translation>{name}: project.xml dosyası bir çalıştay planı için fazla büyük.</translation>
    </message>
    <message>
        <source>{name} is not a readable Miradi project ({error}).</source>
        <translation>{name} okunabilir bir Miradi projesi değil ({error}).</translation>
    </message>
    <message>
        <source>{name} is not a Miradi project of the XMPZ2 format this app reads (namespace {namespace}).</source>
        <translation>{name} bu uygulamanın okuduğu XMPZ2 biçiminde bir Miradi projesi değil (ad alanı {namespace}).</translation>
    </message>
    <message>
        <source>This session already has a problem tree or an outline; a plan is imported into a session whose plan is still empty.</source>
        <translation>Bu oturumda zaten bir sorun ağacı ya da taslak var; plan yalnızca planı henüz boş olan bir oturuma aktarılır.</translation>
    </message>
    <message>
        <source>This session has no monitoring review yet: add one in the Monitoring step.</source>
        <translation>Bu oturumda henüz izleme değerlendirmesi yok: İzleme adımında bir tane ekleyin.</translation>
    </message>
    <message>
        <source>A review needs a title, e.g. &apos;Midterm review 2018&apos;.</source>
        <translation>Değerlendirmenin bir başlığı olmalı, örneğin &apos;Ara değerlendirme 2018&apos;.</translation>
    </message>
    <message>
        <source>The review to start from no longer exists.</source>
        <translation>Başlanacak değerlendirme artık yok.</translation>
    </message>
    <message>
        <source>A review needs a title.</source>
        <translation>Değerlendirmenin bir başlığı olmalı.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date: write it year first, e.g. 2018-04-18.</source>
        <translation>&apos;{text}&apos; bir tarih değil: yıl önce gelecek şekilde yazın, örneğin 2018-04-18.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a year: write four digits, e.g. 2014.</source>
        <translation>&apos;{text}&apos; bir yıl değil: dört rakam yazın, örneğin 2014.</translation>
    </message>
    <message>
        <source>That activity no longer exists.</source>
        <translation>O faaliyet artık yok.</translation>
    </message>
    <message>
        <source>That action no longer exists.</source>
        <translation>O eylem artık yok.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a role; use one of {choices}.</source>
        <translation>&apos;{text}&apos; bir rol değil; şunlardan birini kullanın: {choices}.</translation>
    </message>
    <message>
        <source>This participant cannot be removed: they cast {count} vote(s); mark them as not voting instead.</source>
        <translation>Bu katılımcı kaldırılamaz: {count} oy verdi; bunun yerine oy vermiyor olarak işaretleyin.</translation>
    </message>
    <message>
        <source>The {parent} for this {child} no longer exists.</source>
        <translation>Bu {child} için {parent} artık yok.</translation>
    </message>
    <message>
        <source>An activity cannot refer to itself.</source>
        <translation>Bir faaliyet kendine başvuramaz.</translation>
    </message>
    <message>
        <source>A programme item needs a code.</source>
        <translation>Program öğesinin bir kodu olmalı.</translation>
    </message>
    <message>
        <source>A {kind} needs a text.</source>
        <translation>{kind} için bir metin gerekli.</translation>
    </message>
    <message>
        <source>There is already an item called &apos;{label}&apos;.</source>
        <translation>&apos;{label}&apos; adında bir öğe zaten var.</translation>
    </message>
    <message>
        <source>That item no longer exists.</source>
        <translation>O öğe artık yok.</translation>
    </message>
    <message>
        <source>An item needs a text.</source>
        <translation>Öğenin bir metni olmalı.</translation>
    </message>
    <message>
        <source>&apos;{status}&apos; is not a status; use current or emerging.</source>
        <translation>&apos;{status}&apos; bir durum değil; mevcut ya da yeni ortaya çıkan kullanın.</translation>
    </message>
    <message>
        <source>An item cannot be its own cause.</source>
        <translation>Bir öğe kendi nedeni olamaz.</translation>
    </message>
    <message>
        <source>Both the cause and the effect must be items of the problem tree.</source>
        <translation>Hem neden hem sonuç sorun ağacının öğeleri olmalı.</translation>
    </message>
    <message>
        <source>&apos;{cause}&apos; is already linked to &apos;{effect}&apos;.</source>
        <translation>&apos;{cause}&apos; zaten &apos;{effect}&apos; ile bağlı.</translation>
    </message>
    <message>
        <source>&apos;{cause}&apos; → &apos;{effect}&apos; would make a cycle: &apos;{effect2}&apos; already leads to &apos;{cause2}&apos;.</source>
        <translation>&apos;{cause}&apos; → &apos;{effect}&apos; bir döngü oluşturur: &apos;{effect2}&apos; zaten &apos;{cause2}&apos; öğesine götürüyor.</translation>
    </message>
    <message>
        <source>That item is no longer in the problem tree.</source>
        <translation>O öğe artık sorun ağacında değil.</translation>
    </message>
    <message>
        <source>{vote} is closed: no vote can change until it is reopened.</source>
        <translation>{vote} kapalı: yeniden açılana kadar hiçbir oy değişemez.</translation>
    </message>
    <message>
        <source>{text} is not a score.</source>
        <translation>{text} bir puan değil.</translation>
    </message>
    <message>
        <source>{kind}s are not scored for {criterion}.</source>
        <translation>{kind} öğeleri {criterion} için puanlanmaz.</translation>
    </message>
    <message>
        <source>There is no {scope_kind} &apos;{scope}&apos;.</source>
        <translation>&apos;{scope}&apos; ({scope_kind}) yok.</translation>
    </message>
    <message>
        <source>Only a vote for a country names a working group.</source>
        <translation>Yalnızca bir ülke için verilen oy bir çalışma grubu belirtir.</translation>
    </message>
    <message>
        <source>{scope} is not in the region &apos;{region}&apos;: it has no working group there.</source>
        <translation>{scope} &apos;{region}&apos; bölgesinde değil: orada çalışma grubu yok.</translation>
    </message>
    <message>
        <source>That {kind} no longer exists.</source>
        <translation>O {kind} artık yok.</translation>
    </message>
    <message>
        <source>Close the {vote} before opening a new round: votes may still change.</source>
        <translation>Yeni bir tur açmadan önce {vote} oylamasını kapatın: oylar hâlâ değişebilir.</translation>
    </message>
    <message>
        <source>No item&apos;s votes spread {spread} or more: no new round is needed.</source>
        <translation>Hiçbir öğenin oyları {spread} ya da daha fazla dağılmıyor: yeni tura gerek yok.</translation>
    </message>
    <message>
        <source>There is no round {round} of the {vote}.</source>
        <translation>{vote} oylamasının {round}. turu yok.</translation>
    </message>
    <message>
        <source>Rounds are numbered from 1.</source>
        <translation>Turlar 1&apos;den başlayarak numaralanır.</translation>
    </message>
    <message>
        <source>{name} can only be read here: its lock file {lock} cannot be made ({reason}), so changes could not be kept safe from another window.</source>
        <translation>{name} burada yalnızca okunabilir: kilit dosyası {lock} oluşturulamıyor ({reason}), bu yüzden değişiklikler başka bir pencereye karşı korunamazdı.</translation>
    </message>
    <message>
        <source>{name} is already open in another window ({holder}); close it there first.</source>
        <translation>{name} başka bir pencerede zaten açık ({holder}); önce orada kapatın.</translation>
    </message>
    <message>
        <source>{name} is being opened and closed by another window; try again.</source>
        <translation>{name} başka bir pencere tarafından açılıp kapatılıyor; yeniden deneyin.</translation>
    </message>
    <message>
        <source>{reason} (It comes from an older version and must be converted before it can be opened.)</source>
        <translation>{reason} (Dosya eski bir sürümden; açılmadan önce dönüştürülmesi gerekiyor.)</translation>
    </message>
    <message>
        <source>{path} comes from an older version and must be converted, but: {error}</source>
        <translation>{path} eski bir sürümden ve dönüştürülmesi gerekiyor, ama: {error}</translation>
    </message>
    <message>
        <source>{path} comes from an older version and must be converted, but its folder is read-only; copy it to a folder of your own and try again.</source>
        <translation>{path} eski bir sürümden ve dönüştürülmesi gerekiyor, ama klasörü salt okunur; kendi klasörünüze kopyalayıp yeniden deneyin.</translation>
    </message>
    <message>
        <source>{path} is open only for reading; nothing can be changed in it here.</source>
        <translation>{path} yalnızca okumak için açık; burada içinde hiçbir şey değiştirilemez.</translation>
    </message>
    <message>
        <source>The session file refused &apos;{label}&apos; ({error}); nothing was changed.</source>
        <translation>Oturum dosyası &apos;{label}&apos; işlemini reddetti ({error}); hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; could not be done and nothing was changed (the session file refused it: {error}).</source>
        <translation>&apos;{label}&apos; yapılamadı ve hiçbir şey değişmedi (oturum dosyası reddetti: {error}).</translation>
    </message>
    <message>
        <source>Cannot {action} &apos;{label}&apos;: a vote in it has been changed since (from a phone); nothing was changed.</source>
        <translation>&apos;{label}&apos; için &apos;{action}&apos; yapılamaz: içindeki bir oy o zamandan beri (bir telefondan) değişti; hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>geri al</translation>
    </message>
    <message>
        <source>redo</source>
        <translation>yinele</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {error}.</source>
        <translation>{path} açılamıyor: {error}.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of ZOPP Facilitator (file format {version}; this version reads up to {supported}); please update the app.</source>
        <translation>{path} ZOPP Facilitator&apos;ın daha yeni bir sürümüyle yazılmış (dosya biçimi {version}; bu sürüm en çok {supported} okur); lütfen uygulamayı güncelleyin.</translation>
    </message>
    <message>
        <source>{path} is damaged{where} ({finding}); {advice}</source>
        <translation>{path} hasarlı{where} ({finding}); {advice}</translation>
    </message>
    <message>
        <source>{path} is damaged ({error}); {advice}</source>
        <translation>{path} hasarlı ({error}); {advice}</translation>
    </message>
    <message>
        <source>there is no good backup copy beside it.</source>
        <translation>yanında sağlam bir yedek kopya yok.</translation>
    </message>
    <message>
        <source>open its backup copy {name} instead (the newest one that is sound).</source>
        <translation>onun yerine yedek kopyası {name} dosyasını açın (sağlam olan en yenisi).</translation>
    </message>
    <message>
        <source>{path} cannot be opened: it says it is in file format {version}, but its tables do not match that format ({error}), so it was changed by another program; nothing was changed in it. {advice}</source>
        <translation>{path} açılamıyor: {version} dosya biçiminde olduğunu söylüyor ama tabloları bu biçime uymuyor ({error}), yani başka bir program değiştirmiş; içinde hiçbir şey değişmedi. {advice}</translation>
    </message>
    <message>
        <source>threat</source>
        <translation>tehdit</translation>
    </message>
    <message>
        <source>driver</source>
        <translation>etken</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>kısıt</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>faaliyet</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>hedef</translation>
    </message>
    <message>
        <source>result</source>
        <translation>sonuç</translation>
    </message>
    <message>
        <source>country</source>
        <translation>ülke</translation>
    </message>
    <message>
        <source>region</source>
        <translation>bölge</translation>
    </message>
    <message>
        <source>importance</source>
        <translation>önem</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>kapasite</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>öncelik</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Tehdit</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Etken</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>Kısıt</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Faaliyet</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Öğe</translation>
    </message>
    <message>
        <source>threat ranking</source>
        <translation>tehdit sıralaması</translation>
    </message>
    <message>
        <source>prioritisation</source>
        <translation>önceliklendirme</translation>
    </message>
    <message>
        <source>Threat ranking</source>
        <translation>Tehdit sıralaması</translation>
    </message>
    <message>
        <source>Prioritisation</source>
        <translation>Önceliklendirme</translation>
    </message>
    <message>
        <source>driver or threat</source>
        <translation>etken ya da tehdit</translation>
    </message>
    <message>
        <source>link cause to effect</source>
        <translation>nedeni sonuca bağla</translation>
    </message>
    <message>
        <source>remove item</source>
        <translation>öğeyi kaldır</translation>
    </message>
    <message>
        <source>move item</source>
        <translation>öğeyi taşı</translation>
    </message>
    <message>
        <source>arrange the diagram afresh</source>
        <translation>diyagramı yeniden düzenle</translation>
    </message>
    <message>
        <source>move a box of the diagram</source>
        <translation>diyagramdaki bir kutuyu taşı</translation>
    </message>
    <message>
        <source>change activity references</source>
        <translation>faaliyet başvurularını değiştir</translation>
    </message>
    <message>
        <source>change programme links</source>
        <translation>program bağlantılarını değiştir</translation>
    </message>
    <message>
        <source>change threats addressed</source>
        <translation>ele alınan tehditleri değiştir</translation>
    </message>
    <message>
        <source>edit recommendation</source>
        <translation>öneriyi düzenle</translation>
    </message>
    <message>
        <source>move action</source>
        <translation>eylemi taşı</translation>
    </message>
    <message>
        <source>remove review</source>
        <translation>değerlendirmeyi kaldır</translation>
    </message>
    <message>
        <source>add theme</source>
        <translation>tema ekle</translation>
    </message>
    <message>
        <source>add {kind}</source>
        <translation>ekle: {kind}</translation>
    </message>
    <message>
        <source>edit {kind}</source>
        <translation>düzenle: {kind}</translation>
    </message>
    <message>
        <source>remove {kind}</source>
        <translation>kaldır: {kind}</translation>
    </message>
    <message>
        <source>move {kind}</source>
        <translation>taşı: {kind}</translation>
    </message>
    <message>
        <source>add {kind} draft</source>
        <translation>taslak ekle: {kind}</translation>
    </message>
    <message>
        <source>remove {count} links</source>
        <translation>{count} bağlantıyı kaldır</translation>
    </message>
    <message>
        <source>remove {count} items</source>
        <translation>{count} öğeyi kaldır</translation>
    </message>
    <message>
        <source>remove {count} actions</source>
        <translation>{count} eylemi kaldır</translation>
    </message>
    <message>
        <source>paste {count} actions</source>
        <translation>{count} eylem yapıştır</translation>
    </message>
    <message>
        <source>remove {count} {kinds}</source>
        <translation>kaldır: {count} {kinds}</translation>
    </message>
    <message>
        <source>paste {count} {kinds}</source>
        <translation>yapıştır: {count} {kinds}</translation>
    </message>
    <message>
        <source>edit goal {fields}</source>
        <translation>amacı düzenle: {fields}</translation>
    </message>
    <message>
        <source>edit review {fields}</source>
        <translation>değerlendirmeyi düzenle: {fields}</translation>
    </message>
    <message>
        <source>add programme item {code}</source>
        <translation>program öğesi ekle: {code}</translation>
    </message>
    <message>
        <source>new theme {name}</source>
        <translation>yeni tema: {name}</translation>
    </message>
    <message>
        <source>open round of {vote}</source>
        <translation>tur aç: {vote}</translation>
    </message>
    <message>
        <source>import {count} country return(s)</source>
        <translation>{count} ülke raporunu içe aktar</translation>
    </message>
    <message>
        <source>import {kind} from {name}</source>
        <translation>{name} dosyasından &apos;{kind}&apos; içe aktar</translation>
    </message>
    <message>
        <source>import {name}</source>
        <translation>içe aktar: {name}</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>ülkeler</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>bölgeler</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>katılımcılar</translation>
    </message>
    <message>
        <source>objectives</source>
        <translation>hedefler</translation>
    </message>
    <message>
        <source>results</source>
        <translation>sonuçlar</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>faaliyetler</translation>
    </message>
    <message>
        <source>threats</source>
        <translation>tehditler</translation>
    </message>
    <message>
        <source>drivers</source>
        <translation>etkenler</translation>
    </message>
    <message>
        <source>constraints</source>
        <translation>kısıtlar</translation>
    </message>
    <message>
        <source>{name} ({code}) is in no region: its figures count as a region of their own in every range-wide figure.</source>
        <translation>{name} ({code}) hiçbir bölgede değil: tüm yayılış alanı değerlerinde rakamları ayrı bir bölge olarak sayılır.</translation>
    </message>
    <message>
        <source>{count} vote(s) for {country} were given in the {region} working group, but {country2} is not in {region2}: they count nowhere.</source>
        <translation>{country} için {count} oy {region} çalışma grubunda verildi, ama {country2} {region2} içinde değil: hiçbir yerde sayılmıyorlar.</translation>
    </message>
    <message>
        <source>{label} by {voter}</source>
        <translation>{label} — {voter}</translation>
    </message>
    <message>
        <source>set {criterion} vote</source>
        <translation>{criterion} oyunu ver</translation>
    </message>
    <message>
        <source>mark unknown {criterion} vote</source>
        <translation>{criterion} oyunu bilinmiyor olarak işaretle</translation>
    </message>
    <message>
        <source>clear {criterion} vote</source>
        <translation>{criterion} oyunu temizle</translation>
    </message>
    <message>
        <source>this sheet has no Importance, Capacity or Priority column, so it is not a ballot.</source>
        <translation>bu sayfada Önem, Kapasite ya da Öncelik sütunu yok, bu yüzden bir oy pusulası değil.</translation>
    </message>
    <message>
        <source>this is not a country return workbook of this app (it has no About sheet).</source>
        <translation>bu, bu uygulamanın bir ülke raporu çalışma kitabı değil (About sayfası yok).</translation>
    </message>
    <message>
        <source>Cannot {action} &apos;{label}&apos;: {vote} is closed, so no vote can change until it is reopened; nothing was changed.</source>
        <translation>&apos;{label}&apos; için &apos;{action}&apos; yapılamaz: {vote} kapalı, bu yüzden yeniden açılana kadar hiçbir oy değişemez; hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <source>Footnotes go on threat figures of the range-wide and by-region tables.</source>
        <translation>Dipnotlar, tüm yayılış alanı ve bölge tablolarındaki tehdit değerlerine konur.</translation>
    </message>
    <message>
        <source>reveal the results of {vote}</source>
        <translation>sonuçları göster: {vote}</translation>
    </message>
    <message>
        <source>hide the results of {vote}</source>
        <translation>sonuçları gizle: {vote}</translation>
    </message>
    <message>
        <source>the spreadsheet turned what was typed into the date {date}; format the column as Text and type it again.</source>
        <translation>tablo yazılanı {date} tarihine çevirdi; sütunu Metin olarak biçimlendirip yeniden yazın.</translation>
    </message>
    <message>
        <source>the cell holds the formula {formula}, whose result was never saved; open the file in Excel or LibreOffice, save it, and import it again.</source>
        <translation>hücrede sonucu hiç kaydedilmemiş {formula} formülü var; dosyayı Excel ya da LibreOffice&apos;te açıp kaydedin ve yeniden içe aktarın.</translation>
    </message>
    <message>
        <source> (only the first sheet is read: move the sheet &apos;{sheet}&apos; to the front)</source>
        <translation> (yalnızca ilk sayfa okunur: &apos;{sheet}&apos; sayfasını başa taşıyın)</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>bir PDF belgesi</translation>
    </message>
    <message>
        <source>a database (a session file?)</source>
        <translation>bir veritabanı (oturum dosyası mı?)</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>bir PNG resmi</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>bir JPEG resmi</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>bir GIF resmi</translation>
    </message>
    <message>
        <source>{count} further conservation targets (the plan has one species).</source>
        <translation>{count} koruma hedefi daha (planda tek tür var).</translation>
    </message>
    <message>
        <source>{count} further goals (the plan has one Goal).</source>
        <translation>{count} amaç daha (planda tek Amaç var).</translation>
    </message>
    <message>
        <source>{count} {kind} object(s).</source>
        <translation>{count} {kind} nesnesi.</translation>
    </message>
    <message>
        <source>The threat ratings: the workshop ranks the threats again by its own votes.</source>
        <translation>Tehdit derecelendirmeleri: çalıştay tehditleri kendi oylarıyla yeniden sıralar.</translation>
    </message>
    <message>
        <source>A second cause named &apos;{label}&apos; was renamed &apos;{label2} ({n})&apos;.</source>
        <translation>&apos;{label}&apos; adlı ikinci bir neden &apos;{label2} ({n})&apos; olarak yeniden adlandırıldı.</translation>
    </message>
    <message>
        <source>{count} further conceptual model diagram(s).</source>
        <translation>{count} kavramsal model diyagramı daha.</translation>
    </message>
    <message>
        <source>Result {name}: only its first indicator.</source>
        <translation>Sonuç {name}: yalnızca ilk göstergesi.</translation>
    </message>
    <message>
        <source>{count} task(s) under no strategy.</source>
        <translation>Hiçbir stratejiye bağlı olmayan {count} görev.</translation>
    </message>
    <message>
        <source>{count} objective(s) under no strategy.</source>
        <translation>Hiçbir stratejiye bağlı olmayan {count} hedef.</translation>
    </message>
    <message>
        <source>record action</source>
        <translation>eylemi kaydet</translation>
    </message>
    <message>
        <source>rename theme</source>
        <translation>temayı yeniden adlandır</translation>
    </message>
    <message>
        <source>rename item</source>
        <translation>öğeyi yeniden adlandır</translation>
    </message>
    <message>
        <source>change status of item</source>
        <translation>öğenin durumunu değiştir</translation>
    </message>
    <message>
        <source>close {vote}</source>
        <translation>kapat: {vote}</translation>
    </message>
    <message>
        <source>reopen {vote}</source>
        <translation>yeniden aç: {vote}</translation>
    </message>
    <message>
        <source>add review: {title}</source>
        <translation>değerlendirme ekle: {title}</translation>
    </message>
    <message>
        <source>start review from earlier one: {title}</source>
        <translation>önceki değerlendirmeden başlat: {title}</translation>
    </message>
    <message>
        <source>write a footnote</source>
        <translation>dipnot yaz</translation>
    </message>
    <message>
        <source>remove a footnote</source>
        <translation>dipnotu kaldır</translation>
    </message>
    <message>
        <source>{what} may hold at most {limit} characters (this one has {length}); shorten it — nothing was changed.</source>
        <translation>{what} en çok {limit} karakter alabilir (bu {length} karakter); kısaltın — hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <source>A country&apos;s name</source>
        <translation>Ülke adı</translation>
    </message>
    <message>
        <source>A participant&apos;s affiliation</source>
        <translation>Katılımcının kurumu</translation>
    </message>
    <message>
        <source>A participant&apos;s name</source>
        <translation>Katılımcının adı</translation>
    </message>
    <message>
        <source>A programme item&apos;s code</source>
        <translation>Program öğesinin kodu</translation>
    </message>
    <message>
        <source>A programme item&apos;s priority</source>
        <translation>Program öğesinin önceliği</translation>
    </message>
    <message>
        <source>A programme item&apos;s responsible</source>
        <translation>Program öğesinin sorumlusu</translation>
    </message>
    <message>
        <source>A region&apos;s abbreviation</source>
        <translation>Bölge kısaltması</translation>
    </message>
    <message>
        <source>A region&apos;s name</source>
        <translation>Bölge adı</translation>
    </message>
    <message>
        <source>A result&apos;s assumptions and risks</source>
        <translation>Sonucun varsayımları ve riskleri</translation>
    </message>
    <message>
        <source>A result&apos;s baseline year</source>
        <translation>Sonucun başlangıç yılı</translation>
    </message>
    <message>
        <source>A result&apos;s baseline</source>
        <translation>Sonucun başlangıç değeri</translation>
    </message>
    <message>
        <source>A result&apos;s indicator</source>
        <translation>Sonucun göstergesi</translation>
    </message>
    <message>
        <source>A result&apos;s means of verification</source>
        <translation>Sonucun doğrulama araçları</translation>
    </message>
    <message>
        <source>A result&apos;s target year</source>
        <translation>Sonucun hedef yılı</translation>
    </message>
    <message>
        <source>A result&apos;s target</source>
        <translation>Sonucun hedef değeri</translation>
    </message>
    <message>
        <source>A review&apos;s title</source>
        <translation>Değerlendirmenin başlığı</translation>
    </message>
    <message>
        <source>A theme&apos;s name</source>
        <translation>Tema adı</translation>
    </message>
    <message>
        <source>An action&apos;s budget</source>
        <translation>Eylemin bütçesi</translation>
    </message>
    <message>
        <source>An action&apos;s countries</source>
        <translation>Eylemin ülkeleri</translation>
    </message>
    <message>
        <source>An action&apos;s funder</source>
        <translation>Eylemin finansörü</translation>
    </message>
    <message>
        <source>An action&apos;s period</source>
        <translation>Eylemin dönemi</translation>
    </message>
    <message>
        <source>An activity&apos;s actors</source>
        <translation>Faaliyetin uygulayıcıları</translation>
    </message>
    <message>
        <source>An activity&apos;s budget</source>
        <translation>Faaliyetin bütçesi</translation>
    </message>
    <message>
        <source>An activity&apos;s indicator</source>
        <translation>Faaliyetin göstergesi</translation>
    </message>
    <message>
        <source>An activity&apos;s timeline</source>
        <translation>Faaliyetin zaman çizelgesi</translation>
    </message>
    <message>
        <source>An objective&apos;s assumptions and risks</source>
        <translation>Hedefin varsayımları ve riskleri</translation>
    </message>
    <message>
        <source>An objective&apos;s baseline year</source>
        <translation>Hedefin başlangıç yılı</translation>
    </message>
    <message>
        <source>An objective&apos;s baseline</source>
        <translation>Hedefin başlangıç değeri</translation>
    </message>
    <message>
        <source>An objective&apos;s indicator</source>
        <translation>Hedefin göstergesi</translation>
    </message>
    <message>
        <source>An objective&apos;s means of verification</source>
        <translation>Hedefin doğrulama araçları</translation>
    </message>
    <message>
        <source>An objective&apos;s target year</source>
        <translation>Hedefin hedef yılı</translation>
    </message>
    <message>
        <source>An objective&apos;s target</source>
        <translation>Hedefin hedef değeri</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>A programme item</source>
        <translation>Program öğesi</translation>
    </message>
    <message>
        <source>A recommendation</source>
        <translation>Öneri</translation>
    </message>
    <message>
        <source>A result</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <source>A session detail</source>
        <translation>Oturum bilgisi</translation>
    </message>
    <message>
        <source>A threat, driver or constraint</source>
        <translation>Tehdit, etken ya da kısıt</translation>
    </message>
    <message>
        <source>An action taken</source>
        <translation>Yapılan eylem</translation>
    </message>
    <message>
        <source>An activity</source>
        <translation>Faaliyet</translation>
    </message>
    <message>
        <source>An objective</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <source>The text of the Vision or Goal</source>
        <translation>Vizyon ya da Amaç metni</translation>
    </message>
    <message>
        <source>Who implemented an action</source>
        <translation>Eylemi kim uyguladı</translation>
    </message>
    <message>
        <source>This round of the {vote} does not ask about that {kind}: it keeps its figures from the earlier round.</source>
        <translation>{vote} oylamasının bu turu o {kind} hakkında sormuyor: önceki turdaki değerleri korunuyor.</translation>
    </message>
    <message>
        <source>item</source>
        <translation>öğe</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Düşük</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Orta</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Yüksek</translation>
    </message>
    <message>
        <source>High/Medium</source>
        <translation>Yüksek/Orta</translation>
    </message>
    <message>
        <source>Medium/Low</source>
        <translation>Orta/Düşük</translation>
    </message>
    <message>
        <source>non-existent</source>
        <extracomment>what the LogFrame holds for the Goal, each objective and each result, besides the narrative</extracomment>
        <translation>yok</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>küçük</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>orta</translation>
    </message>
    <message>
        <source>major</source>
        <translation>büyük</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>zayıf</translation>
    </message>
    <message>
        <source>good</source>
        <translation>iyi</translation>
    </message>
    <message>
        <source>low</source>
        <translation>düşük</translation>
    </message>
    <message>
        <source>high</source>
        <translation>yüksek</translation>
    </message>
    <message>
        <source>International</source>
        <extracomment>the heading of voters who belong to no country</extracomment>
        <translation>Uluslararası</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Önem</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapasite</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Öncelik</translation>
    </message>
    <message>
        <source>Not filled in</source>
        <translation>Doldurulmadı</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>The session is damaged</source>
        <translation>Oturum bozuk</translation>
    </message>
    <message>
        <source>Open a copy of {0}</source>
        <translation>{0} dosyasının bir kopyasını aç</translation>
    </message>
    <message>
        <source>Open a session</source>
        <translation>Oturum aç</translation>
    </message>
    <message>
        <source>Create a new session</source>
        <translation>Yeni oturum oluştur</translation>
    </message>
    <message>
        <source>Save a copy of the session</source>
        <translation>Oturumun kopyasını kaydet</translation>
    </message>
    <message>
        <source>Import participants and countries</source>
        <translation>Katılımcıları ve ülkeleri içe aktar</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Hesap tabloları (*.csv *.xlsx);;Tüm dosyalar (*)</translation>
    </message>
</context>
<context>
    <name>glossary</name>
    <message>
        <source>Session &amp; people</source>
        <translation>Oturum ve kişiler</translation>
    </message>
    <message>
        <source>Who takes part: the range states (countries), the regions they form, and the participants with their country, role and whether they vote.</source>
        <translation>Kimler katılıyor: yayılış ülkeleri, oluşturdukları bölgeler ve katılımcılar; ülkeleri, rolleri ve oy verip vermedikleri.</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vizyon</translation>
    </message>
    <message>
        <source>An inspiring picture of the next 25–50 years: the ideal future for the species, meant as a source of inspiration.</source>
        <translation>Önümüzdeki 25–50 yılın ilham veren bir resmi: türün ideal geleceği, bir ilham kaynağı olarak.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Amaç</translation>
    </message>
    <message>
        <source>A more concrete intention than the Vision: a feasible, realistic and measurable aim for the next 10–20 years.</source>
        <translation>Vizyondan daha somut bir niyet: önümüzdeki 10–20 yıl için yapılabilir, gerçekçi ve ölçülebilir bir amaç.</translation>
    </message>
    <message>
        <source>Problem tree</source>
        <translation>Sorun ağacı</translation>
    </message>
    <message>
        <source>Threats are the immediate causes of harm (current or emerging); Drivers are their root causes and can drive other Drivers; Constraints do no harm themselves but let Threats and Drivers act. Links run from cause to effect.</source>
        <translation>Tehditler zararın doğrudan nedenleridir (mevcut ya da yeni ortaya çıkan); etkenler onların kök nedenleridir ve başka etkenleri de tetikleyebilir; kısıtlar kendileri zarar vermez ama tehditlerin ve etkenlerin etkisine izin verir. Bağlantılar nedenden sonuca gider.</translation>
    </message>
    <message>
        <source>Threat ranking</source>
        <translation>Tehdit sıralaması</translation>
    </message>
    <message>
        <source>Every Driver and Threat is scored per country for importance/severity (0 = non-existent, 1 = minor, 2 = medium, 3 = major) and for the capacity to address it (1 = poor, 2 = medium, 3 = good); &apos;-&apos; means unknown. Constraints are not ranked. A country&apos;s figure is the mean of its votes; within a region, the mean of its votes given in that region&apos;s working group (else of its votes given without a region). A region&apos;s figure is its working group&apos;s mean where it voted as a whole, else the mean of its countries&apos; figures within it; brackets beside it name countries that differ, in the region&apos;s order. The range-wide figure is the mean of the region figures; a country in no region counts as a region of its own. A vote can be closed and run again in a new round on the items whose votes spread widely.</source>
        <translation>Her etken ve tehdit ülke başına önem/ciddiyet (0 = yok, 1 = küçük, 2 = orta, 3 = büyük) ve onunla başa çıkma kapasitesi (1 = zayıf, 2 = orta, 3 = iyi) için puanlanır; &apos;-&apos; bilinmiyor demektir. Kısıtlar sıralanmaz. Bir ülkenin değeri oylarının ortalamasıdır; bir bölge içinde, o bölgenin çalışma grubunda verdiği oyların ortalamasıdır (yoksa bölgesiz verdiği oyların). Bir bölgenin değeri, bir bütün olarak oy verdiyse çalışma grubunun ortalamasıdır, yoksa ülkelerinin o bölgedeki değerlerinin ortalaması; yanındaki parantezler farklı olan ülkeleri bölgenin sırasıyla adlandırır. Tüm yayılış alanı değeri bölge değerlerinin ortalamasıdır; hiçbir bölgede olmayan bir ülke kendi başına bir bölge sayılır. Bir oylama kapatılıp oyları çok dağılan maddelerde yeni bir turla yeniden yapılabilir.</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Hedefler</translation>
    </message>
    <message>
        <source>Numbered aims that support reaching the Goal and directly address important Threats and Drivers, grouped under a few general themes.</source>
        <translation>Amaca ulaşmayı destekleyen ve önemli tehditleri ve etkenleri doğrudan ele alan, birkaç genel tema altında toplanmış numaralı hedefler.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Sonuçlar</translation>
    </message>
    <message>
        <source>What must be achieved to reach an Objective, numbered objective.result; SMART: specific, measurable, achievable, relevant and time-bound, each with an indicator.</source>
        <translation>Bir hedefe ulaşmak için başarılması gereken, hedef.sonuç diye numaralanan; SMART: belirli, ölçülebilir, ulaşılabilir, ilgili ve zamana bağlı, her biri bir göstergeyle.</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Faaliyetler</translation>
    </message>
    <message>
        <source>Actions that achieve a Result, numbered objective.result.activity, each with a timeline, actor(s), indicator and a rough budget.</source>
        <translation>Bir sonuca ulaştıran, hedef.sonuç.faaliyet diye numaralanan eylemler; her biri zaman çizelgesi, uygulayıcı(lar), gösterge ve yaklaşık bütçeyle.</translation>
    </message>
    <message>
        <source>Prioritisation</source>
        <translation>Önceliklendirme</translation>
    </message>
    <message>
        <source>Each voter gives every Activity a priority for their country: 1 = low, 2 = medium, 3 = high. The overall priority is the mean of the country priorities.</source>
        <translation>Her oy veren, ülkesi için her faaliyete bir öncelik verir: 1 = düşük, 2 = orta, 3 = yüksek. Genel öncelik, ülke önceliklerinin ortalamasıdır.</translation>
    </message>
    <message>
        <source>LogFrame</source>
        <translation>LogFrame</translation>
    </message>
    <message>
        <source>The tabulated summary: the Goal, then each Objective with its Results and their Activities, with indicator, timeline, actor, budget and priority.</source>
        <translation>Tablo hâlinde özet: amaç, ardından her hedef sonuçları ve onların faaliyetleriyle; gösterge, zaman çizelgesi, uygulayıcı, bütçe ve öncelikle.</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>İzleme</translation>
    </message>
    <message>
        <source>Later, for each Activity: the actions taken so far per country, who implemented them and when, their status, and recommendations (including proposed priority changes).</source>
        <translation>Daha sonra, her faaliyet için: ülke başına şimdiye dek yapılan eylemler, onları kimin ne zaman uyguladığı, durumları ve öneriler (önerilen öncelik değişiklikleri dahil).</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Dışa aktar</translation>
    </message>
    <message>
        <source>The documents for the rapporteur: the LogFrame matrix, the score tables and the session minutes as PDF, and every table as a spreadsheet.</source>
        <translation>Raportör için belgeler: LogFrame matrisi, puan tabloları ve oturum tutanağı PDF olarak, her tablo da hesap tablosu olarak.</translation>
    </message>
</context>
<context>
    <name>removal</name>
    <message>
        <source>objectives</source>
        <translation>hedefler</translation>
    </message>
    <message>
        <source>results</source>
        <translation>sonuçlar</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>faaliyetler</translation>
    </message>
    <message>
        <source>items</source>
        <translation>öğeler</translation>
    </message>
    <message>
        <source>links</source>
        <translation>bağlantılar</translation>
    </message>
    <message>
        <source>priority votes</source>
        <translation>öncelik oyları</translation>
    </message>
    <message>
        <source>ranking scores</source>
        <translation>sıralama puanları</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notlar</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>ülkeler</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>bölgeler</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>katılımcılar</translation>
    </message>
    <message>
        <source>constraints</source>
        <translation>kısıtlar</translation>
    </message>
    <message>
        <source>drivers</source>
        <translation>etkenler</translation>
    </message>
    <message>
        <source>threats</source>
        <translation>tehditler</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>hedef</translation>
    </message>
    <message>
        <source>result</source>
        <translation>sonuç</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>faaliyet</translation>
    </message>
    <message>
        <source>country</source>
        <translation>ülke</translation>
    </message>
    <message>
        <source>region</source>
        <translation>bölge</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>katılımcı</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>kısıt</translation>
    </message>
    <message>
        <source>driver</source>
        <translation>etken</translation>
    </message>
    <message>
        <source>threat</source>
        <translation>tehdit</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Removed {0} — Ctrl+Z brings it back.</source>
        <translation>Kaldırıldı: {0} — Ctrl+Z geri getirir.</translation>
    </message>
    <message>
        <source>Removed {0}, and with it {1} — Ctrl+Z brings them back.</source>
        <translation>Kaldırıldı: {0}, onunla birlikte {1} — Ctrl+Z hepsini geri getirir.</translation>
    </message>
</context>
</TS>
