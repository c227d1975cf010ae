<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>ActorsModel</name>
    <message>
        <location filename="../../sco_app/ui/actors_table.py" line="24"/>
        <source>founding member</source>
        <translation>anggota pendiri</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/actors_table.py" line="24"/>
        <source>member</source>
        <translation>anggota</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/actors_table.py" line="25"/>
        <source>observer</source>
        <translation>pengamat</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/actors_table.py" line="25"/>
        <source>dialogue partner</source>
        <translation>mitra dialog</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/actors_table.py" line="26"/>
        <source>partner</source>
        <translation>mitra</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/actors_table.py" line="26"/>
        <source>guest</source>
        <translation>tamu</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/actors_table.py" line="26"/>
        <source>applicant</source>
        <translation>pemohon keanggotaan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/actors_table.py" line="27"/>
        <source>suspended</source>
        <translation>ditangguhkan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/actors_table.py" line="21"/>
        <source>State</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/actors_table.py" line="21"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/actors_table.py" line="21"/>
        <source>Status on the chosen date</source>
        <translation>Status pada tanggal terpilih</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/actors_table.py" line="21"/>
        <source>Since</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/actors_table.py" line="56"/>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
</context>
<context>
    <name>ActorsTable</name>
    <message>
        <location filename="../../sco_app/ui/actors_table.py" line="69"/>
        <source>States and their status on the chosen date</source>
        <translation>Negara-negara dan statusnya pada tanggal terpilih</translation>
    </message>
</context>
<context>
    <name>ArgumentPanel</name>
    <message>
        <location filename="../../sco_app/ui/argument_panel.py" line="27"/>
        <source>The paper&apos;s argument for the selected event</source>
        <translation>Argumen makalah untuk peristiwa terpilih</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/argument_panel.py" line="64"/>
        <source>today</source>
        <translation>sekarang</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/argument_panel.py" line="109"/>
        <source>The paper&apos;s own argument</source>
        <translation>Argumen makalah itu sendiri</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/argument_panel.py" line="110"/>
        <source>A teaching interpretation, not a claim of the paper</source>
        <translation>Tafsiran untuk pengajaran, bukan klaim makalah</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/argument_panel.py" line="116"/>
        <source>known to the day</source>
        <translation>diketahui sampai hari</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/argument_panel.py" line="116"/>
        <source>known to the month</source>
        <translation>diketahui sampai bulan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/argument_panel.py" line="117"/>
        <source>known to the year</source>
        <translation>diketahui sampai tahun</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/argument_panel.py" line="127"/>
        <source>Reading</source>
        <translation>Tafsiran</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/argument_panel.py" line="129"/>
        <source>Another reading</source>
        <translation>Tafsiran lain</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/argument_panel.py" line="130"/>
        <source>Caused by</source>
        <translation>Disebabkan oleh</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/argument_panel.py" line="131"/>
        <source>Led to</source>
        <translation>Berujung pada</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="8"/>
        <source>Abstract of</source>
        <translation>Abstrak dari</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="9"/>
        <source>Choose an event in the list to read the argument for it.</source>
        <translation>Pilih sebuah peristiwa dalam daftar untuk membaca argumennya.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="10"/>
        <source>Never a member, observer or partner.</source>
        <translation>Tidak pernah menjadi anggota, pengamat, atau mitra.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="11"/>
        <source>Show all events</source>
        <translation>Tampilkan semua peristiwa</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="12"/>
        <source>Show only its {0} events on the timeline</source>
        <translation>Tampilkan hanya {0} peristiwanya di lini masa</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="13"/>
        <source>Sources</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="14"/>
        <source>Sources disagree:</source>
        <translation>Sumber berbeda pendapat:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="15"/>
        <source>Status over time</source>
        <translation>Status dari waktu ke waktu</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="16"/>
        <source>The source text</source>
        <translation>Teks sumber</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="212"/>
        <source>% right</source>
        <translation>% benar</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <location filename="../../sco_app/ui/events_table.py" line="25"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/events_table.py" line="25"/>
        <source>Event</source>
        <translation>Peristiwa</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/events_table.py" line="25"/>
        <source>Lane</source>
        <translation>Jalur</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/events_table.py" line="25"/>
        <source>Theory</source>
        <translation>Teori</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/events_table.py" line="25"/>
        <source>Link</source>
        <translation>Dasar</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/events_table.py" line="56"/>
        <source>the paper&apos;s own</source>
        <translation>argumen makalah</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/events_table.py" line="56"/>
        <source>teaching reading</source>
        <translation>tafsiran pengajaran</translation>
    </message>
</context>
<context>
    <name>EventsTable</name>
    <message>
        <location filename="../../sco_app/ui/events_table.py" line="99"/>
        <source>Filter events (title, description, country code)</source>
        <translation>Saring peristiwa (judul, deskripsi, kode negara)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/events_table.py" line="100"/>
        <source>Filter events</source>
        <translation>Saring peristiwa</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/events_table.py" line="105"/>
        <source>Events</source>
        <translation>Peristiwa</translation>
    </message>
</context>
<context>
    <name>ExamSettingsDialog</name>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="147"/>
        <location filename="../../sco_app/ui/profile_dialog.py" line="148"/>
        <source>Exam settings</source>
        <translation>Pengaturan ujian</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="150"/>
        <source>Number of questions</source>
        <translation>Jumlah soal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="150"/>
        <source> questions</source>
        <translation> soal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="151"/>
        <source>Time limit in minutes, 0 for none</source>
        <translation>Batas waktu dalam menit, 0 berarti tanpa batas</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="152"/>
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="152"/>
        <source>No time limit</source>
        <translation>Tanpa batas waktu</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="153"/>
        <source>Pass mark in per cent, 0 for none</source>
        <translation>Nilai kelulusan dalam persen, 0 berarti tanpa nilai kelulusan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="154"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="154"/>
        <source>No pass mark</source>
        <translation>Tanpa nilai kelulusan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="156"/>
        <source>Question types</source>
        <translation>Jenis soal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="162"/>
        <source>Shuffle the questions and the options</source>
        <translation>Acak urutan soal dan pilihan jawaban</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="163"/>
        <source>Show the right answers and feedback at the end</source>
        <translation>Tampilkan jawaban yang benar dan umpan balik di akhir</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="165"/>
        <source>&amp;Questions:</source>
        <translation>Jumlah &amp;soal:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="166"/>
        <source>&amp;Time limit:</source>
        <translation>&amp;Batas waktu:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="167"/>
        <source>&amp;Pass mark:</source>
        <translation>Nilai &amp;kelulusan:</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../sco_app/ui/filter_bar.py" line="38"/>
        <source>Theories:</source>
        <translation>Teori:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/filter_bar.py" line="43"/>
        <source>Lane:</source>
        <translation>Jalur:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/filter_bar.py" line="43"/>
        <source>Show one lane of events</source>
        <translation>Tampilkan satu jalur peristiwa</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/filter_bar.py" line="44"/>
        <source>Country:</source>
        <translation>Negara:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/filter_bar.py" line="44"/>
        <source>Show the events of one country</source>
        <translation>Tampilkan peristiwa satu negara</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/filter_bar.py" line="45"/>
        <source>Theory lens:</source>
        <translation>Lensa teori:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/filter_bar.py" line="45"/>
        <source>Fade everything but one theory, on the timeline and the map</source>
        <translation>Samarkan semua kecuali satu teori, di lini masa dan di peta</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/filter_bar.py" line="48"/>
        <source>Legend of the timeline</source>
        <translation>Legenda lini masa</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/filter_bar.py" line="81"/>
        <source>Show {0}</source>
        <translation>Tampilkan {0}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/filter_bar.py" line="96"/>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/filter_bar.py" line="96"/>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="17"/>
        <source>black edge: the paper’s own reading</source>
        <translation>tepi hitam: tafsiran makalah sendiri</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="18"/>
        <source>grey bar: a date span</source>
        <translation>batang abu-abu: rentang tanggal</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="45"/>
        <source>Opening the lesson…</source>
        <translation>Membuka pelajaran…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="46"/>
        <source>Opening the lesson</source>
        <translation>Membuka pelajaran</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="76"/>
        <source>Map, events list and quiz</source>
        <translation>Peta, daftar peristiwa, dan kuis</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="77"/>
        <source>&amp;Map</source>
        <translation>&amp;Peta</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="78"/>
        <source>&amp;Events list</source>
        <translation>&amp;Daftar peristiwa</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="79"/>
        <source>&amp;States list</source>
        <translation>Daftar &amp;negara</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="80"/>
        <source>&amp;Quiz</source>
        <translation>&amp;Kuis</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="100"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="101"/>
        <source>&amp;Open lesson pack folder…</source>
        <translation>&amp;Buka folder paket pelajaran…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="103"/>
        <source>Open lesson pack &amp;zip…</source>
        <translation>Buka berkas &amp;zip paket pelajaran…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="105"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Terakhir dibuka</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="107"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="112"/>
        <source>&amp;Go</source>
        <translation>&amp;Navigasi</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="113"/>
        <source>&amp;Previous event</source>
        <translation>&amp;Peristiwa sebelumnya</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="115"/>
        <source>&amp;Next event</source>
        <translation>Peristiwa &amp;berikutnya</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="117"/>
        <source>&amp;Find event</source>
        <translation>&amp;Cari peristiwa</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="120"/>
        <source>Qui&amp;z</source>
        <translation>Ku&amp;is</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="121"/>
        <source>&amp;Practice</source>
        <translation>&amp;Latihan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="121"/>
        <source>&amp;Exam</source>
        <translation>&amp;Ujian</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="122"/>
        <source>Exam &amp;settings…</source>
        <translation>Pen&amp;gaturan ujian…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="123"/>
        <source>&amp;Results</source>
        <translation>&amp;Hasil</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="128"/>
        <source>&amp;View</source>
        <translation>Ta&amp;mpilan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="129"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Perbesar</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="130"/>
        <source>Zoom &amp;out</source>
        <translation>Per&amp;kecil</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="131"/>
        <source>&amp;Normal size</source>
        <translation>Ukuran &amp;normal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="136"/>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="142"/>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="143"/>
        <source>&amp;About sco-app</source>
        <translation>&amp;Tentang sco-app</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="160"/>
        <source>Quiz: {prompt} Click it on the map (Alt+Q returns to the quiz).</source>
        <translation>Kuis: {prompt} Klik negaranya di peta (Alt+K kembali ke kuis).</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="184"/>
        <source>Open a lesson pack folder</source>
        <translation>Buka folder paket pelajaran</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="189"/>
        <source>Open a lesson pack zip</source>
        <translation>Buka berkas zip paket pelajaran</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="190"/>
        <source>Lesson packs (*.zip)</source>
        <translation>Paket pelajaran (*.zip)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="201"/>
        <source>(none yet)</source>
        <translation>(belum ada)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="224"/>
        <source>About sco-app</source>
        <translation>Tentang sco-app</translation>
    </message>
    <message>
        <location filename="../../sco_app/app.py" line="199"/>
        <source>This lesson pack has problems</source>
        <translation>Paket pelajaran ini bermasalah</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="19"/>
        <source>Country shapes: Made with Natural Earth (public domain).</source>
        <translation>Bentuk negara: dibuat dengan Natural Earth (domain publik).</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="20"/>
        <source>The app: MIT licence. The SCO lesson pack: CC BY 4.0.</source>
        <translation>Aplikasi: lisensi MIT. Paket pelajaran SCO: CC BY 4.0.</translation>
    </message>
</context>
<context>
    <name>MapQuestion</name>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="190"/>
        <source>Click the state on the map, or choose it in the list.</source>
        <translation>Klik negaranya di peta, atau pilih dari daftar.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="191"/>
        <source>Go to the m&amp;ap</source>
        <translation>Buka pet&amp;a</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="192"/>
        <source>Go to the map to click the state</source>
        <translation>Buka peta untuk mengklik negaranya</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="195"/>
        <source>Choose the state from the list</source>
        <translation>Pilih negara dari daftar</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="196"/>
        <source>Choose a state…</source>
        <translation>Pilih negara…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="205"/>
        <location filename="../../sco_app/ui/question_widgets.py" line="228"/>
        <source>You chose: nothing yet</source>
        <translation>Pilihan Anda: belum ada</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="227"/>
        <source>You chose: {name}</source>
        <translation>Pilihan Anda: {name}</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="142"/>
        <source>Map of statuses on the chosen date</source>
        <translation>Peta status pada tanggal terpilih</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="143"/>
        <source>Plus and minus zoom, 0 frames the lesson&apos;s states again, drag to pan.</source>
        <translation>Plus dan minus untuk memperbesar dan memperkecil, 0 membingkai ulang negara-negara dalam pelajaran, seret untuk menggeser.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="144"/>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="144"/>
        <source>Observer</source>
        <translation>Pengamat</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="144"/>
        <source>No status</source>
        <translation>Tanpa status</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="145"/>
        <source>Dialogue partner / SCO partner</source>
        <translation>Mitra dialog / mitra SCO</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="145"/>
        <source>Other status</source>
        <translation>Status lain</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="147"/>
        <source>founding member</source>
        <translation>anggota pendiri</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="147"/>
        <source>member</source>
        <translation>anggota</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="148"/>
        <source>observer</source>
        <translation>pengamat</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="148"/>
        <source>dialogue partner</source>
        <translation>mitra dialog</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="149"/>
        <source>SCO partner</source>
        <translation>mitra SCO</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="149"/>
        <source>guest</source>
        <translation>tamu</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="149"/>
        <source>no status</source>
        <translation>tanpa status</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="150"/>
        <source>applicant</source>
        <translation>pemohon keanggotaan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="150"/>
        <source>suspended</source>
        <translation>ditangguhkan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="233"/>
        <source>Status on {date}</source>
        <translation>Status pada {date}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="233"/>
        <source>No date chosen</source>
        <translation>Belum ada tanggal terpilih</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="302"/>
        <source>Later than the date</source>
        <translation>Sesudah tanggal terpilih</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="305"/>
        <source>Disputed area (Natural Earth)</source>
        <translation>Wilayah sengketa (Natural Earth)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="307"/>
        <source>States in the chosen event</source>
        <translation>Negara dalam peristiwa terpilih</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="309"/>
        <source>Lens: {theory}</source>
        <translation>Lensa: {theory}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="334"/>
        <source>Status on {date}: {status}</source>
        <translation>Status pada {date}: {status}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="338"/>
        <source>Claimants: {names}</source>
        <translation>Pihak pengklaim: {names}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="21"/>
        <source>Events, by reading</source>
        <translation>Peristiwa, menurut tafsiran</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="22"/>
        <source>Natural Earth:</source>
        <translation>Natural Earth:</translation>
    </message>
</context>
<context>
    <name>OptionsQuestion</name>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="135"/>
        <source>Choose every right option (keys 1 to {n} tick them), then press Enter.</source>
        <translation>Pilih semua opsi yang benar (tombol 1 sampai {n} mencentangnya), lalu tekan Enter.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="136"/>
        <source>Choose one option (keys 1 to {n}), then press Enter.</source>
        <translation>Pilih satu opsi (tombol 1 sampai {n}), lalu tekan Enter.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="176"/>
        <source>right</source>
        <translation>benar</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="176"/>
        <source>wrong</source>
        <translation>salah</translation>
    </message>
</context>
<context>
    <name>OrderQuestion</name>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="246"/>
        <source>Events to put in order, earliest first</source>
        <translation>Peristiwa yang harus diurutkan, dari yang paling awal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="249"/>
        <source>Move &amp;up</source>
        <translation>Geser ke &amp;atas</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="249"/>
        <source>Move &amp;down</source>
        <translation>Geser ke ba&amp;wah</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="250"/>
        <source>Move the chosen event up (Alt+Up)</source>
        <translation>Geser peristiwa terpilih ke atas (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="251"/>
        <source>Move the chosen event down (Alt+Down)</source>
        <translation>Geser peristiwa terpilih ke bawah (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="263"/>
        <source>Drag the events into order, or choose one and press Alt+Up or Alt+Down.</source>
        <translation>Seret peristiwa-peristiwa ini ke urutan yang benar, atau pilih satu lalu tekan Alt+Up atau Alt+Down.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="276"/>
        <source>{title} is now number {n} of {count}</source>
        <translation>{title} kini di urutan {n} dari {count}</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="65"/>
        <source>Who is answering?</source>
        <translation>Siapa yang menjawab?</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="66"/>
        <source>Choose or create a profile</source>
        <translation>Pilih atau buat profil</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="67"/>
        <source>Your answers are kept under your profile on this computer, so that practice can bring back what you missed and you can see your results.</source>
        <translation>Jawaban Anda disimpan dalam profil Anda di komputer ini, sehingga latihan dapat memunculkan kembali soal yang belum Anda kuasai dan Anda dapat melihat hasil Anda.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="70"/>
        <source>Existing profiles</source>
        <translation>Profil yang sudah ada</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="72"/>
        <source>&amp;Use this profile</source>
        <translation>&amp;Gunakan profil ini</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="75"/>
        <source>Your name (required)</source>
        <translation>Nama Anda (wajib)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="76"/>
        <source>Name of the new profile</source>
        <translation>Nama profil baru</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="77"/>
        <source>Optional</source>
        <translation>Opsional</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="78"/>
        <source>Student id of the new profile (optional)</source>
        <translation>Nomor induk mahasiswa (NIM) profil baru (opsional)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="79"/>
        <source>C&amp;reate and use</source>
        <translation>&amp;Buat dan gunakan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="85"/>
        <source>New profile</source>
        <translation>Profil baru</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="87"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="88"/>
        <source>&amp;Student id:</source>
        <translation>N&amp;IM:</translation>
    </message>
</context>
<context>
    <name>QuestionTypes</name>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="133"/>
        <source>Which theory</source>
        <translation>Teori mana</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="134"/>
        <source>Multiple choice</source>
        <translation>Pilihan ganda</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="135"/>
        <source>Map</source>
        <translation>Peta</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="136"/>
        <source>Order</source>
        <translation>Pengurutan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="137"/>
        <source>Sort</source>
        <translation>Pengelompokan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="138"/>
        <source>Finding</source>
        <translation>Temuan</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="34"/>
        <source>Answer</source>
        <translation>Jawaban</translation>
    </message>
</context>
<context>
    <name>QuizPanel</name>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="48"/>
        <location filename="../../sco_app/ui/quiz_panel.py" line="358"/>
        <source>Quiz</source>
        <translation>Kuis</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="59"/>
        <source>Quiz mode</source>
        <translation>Mode kuis</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="60"/>
        <source>Quiz progress</source>
        <translation>Kemajuan kuis</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="60"/>
        <source>Time left</source>
        <translation>Sisa waktu</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="71"/>
        <source>Question</source>
        <translation>Soal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="74"/>
        <source>Feedback</source>
        <translation>Umpan balik</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="79"/>
        <source>Question and feedback</source>
        <translation>Soal dan umpan balik</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="81"/>
        <source>&amp;Check answer</source>
        <translation>Periksa &amp;jawaban</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="81"/>
        <source>Check answer (Enter)</source>
        <translation>Periksa jawaban (Enter)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="82"/>
        <location filename="../../sco_app/ui/quiz_panel.py" line="192"/>
        <source>&amp;Next question</source>
        <translation>&amp;Soal berikutnya</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="82"/>
        <source>Next question (Enter)</source>
        <translation>Soal berikutnya (Enter)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="84"/>
        <source>Show on time&amp;line and map</source>
        <translation>Tampilkan di &amp;lini masa dan peta</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="84"/>
        <source>Show on timeline and map</source>
        <translation>Tampilkan di lini masa dan peta</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="87"/>
        <source>&amp;Stop practice</source>
        <translation>&amp;Hentikan latihan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="87"/>
        <source>Stop practice</source>
        <translation>Hentikan latihan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="91"/>
        <source>Exam result</source>
        <translation>Hasil ujian</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="93"/>
        <source>&amp;Back to the start</source>
        <translation>Kembali ke &amp;awal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="93"/>
        <source>Back to the start</source>
        <translation>Kembali ke awal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="192"/>
        <source>&amp;Finish exam</source>
        <translation>&amp;Selesaikan ujian</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="200"/>
        <source>Answering: {name}</source>
        <translation>Penjawab: {name}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="202"/>
        <source>Question {n} of {count}</source>
        <translation>Soal {n} dari {count}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="205"/>
        <source>{right} of {n} right</source>
        <translation>{right} dari {n} benar</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="207"/>
        <location filename="../../sco_app/ui/quiz_panel.py" line="350"/>
        <source>Due for review: {n}</source>
        <translation>Perlu diulang: {n}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="305"/>
        <source>Exam — finished: your result</source>
        <translation>Ujian — selesai: hasil Anda</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="310"/>
        <source>Exam result: {p}%</source>
        <translation>Hasil ujian: {p}%</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="349"/>
        <source>(you will be asked who you are)</source>
        <translation>(Anda akan ditanya siapa Anda)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="351"/>
        <source>Quiz: {title}</source>
        <translation>Kuis: {title}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="352"/>
        <source>Answering: {who}</source>
        <translation>Penjawab: {who}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="357"/>
        <source>Practice — feedback after every answer</source>
        <translation>Latihan — umpan balik setelah setiap jawaban</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="358"/>
        <source>Exam — no feedback until the end</source>
        <translation>Ujian — tanpa umpan balik sampai akhir</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="23"/>
        <source>Time left: {m}:{s:02d}</source>
        <translation>Sisa waktu: {m}:{s:02d}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="56"/>
        <source>no answer</source>
        <translation>tidak ada jawaban</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="83"/>
        <source>Right.</source>
        <translation>Benar.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="85"/>
        <source>Not quite: {p:.0f}% of it is right.</source>
        <translation>Kurang tepat: {p:.0f}% di antaranya benar.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="86"/>
        <source>Not right.</source>
        <translation>Salah.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="103"/>
        <source>The paper&apos;s reading</source>
        <translation>Tafsiran makalah</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="104"/>
        <source>Another reading</source>
        <translation>Tafsiran lain</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="109"/>
        <source>the paper&apos;s own argument</source>
        <translation>argumen makalah itu sendiri</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="110"/>
        <source>a teaching interpretation, not a claim of the paper</source>
        <translation>tafsiran untuk pengajaran, bukan klaim makalah</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="121"/>
        <source>✔ Passed</source>
        <translation>✔ Lulus</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="121"/>
        <source>✘ Not passed</source>
        <translation>✘ Tidak lulus</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="125"/>
        <source>Pass mark: {p}%.</source>
        <translation>Nilai kelulusan: {p}%.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="126"/>
        <source>{right} of {asked} questions fully right; {skipped} not answered. Exam number {seed}.</source>
        <translation>{right} dari {asked} soal benar sepenuhnya; {skipped} tidak dijawab. Nomor ujian {seed}.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="24"/>
        <source>(not sorted)</source>
        <translation>(belum dikelompokkan)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="25"/>
        <source>By theory</source>
        <translation>Menurut teori</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="26"/>
        <source>Exam result</source>
        <translation>Hasil ujian</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="27"/>
        <source>Question by question</source>
        <translation>Soal demi soal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="28"/>
        <source>The right answer:</source>
        <translation>Jawaban yang benar:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="29"/>
        <source>Your answer:</source>
        <translation>Jawaban Anda:</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="252"/>
        <source>Results</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="254"/>
        <source>Whose results</source>
        <translation>Hasil siapa</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="260"/>
        <source>Summary of the results</source>
        <translation>Ringkasan hasil</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="261"/>
        <source>By theory</source>
        <translation>Menurut teori</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="261"/>
        <source>By question type</source>
        <translation>Menurut jenis soal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="262"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="262"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="262"/>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="262"/>
        <source>Answers</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="263"/>
        <source>Question</source>
        <translation>Soal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="263"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="263"/>
        <source>Missed</source>
        <translation>Salah</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="263"/>
        <source>Asked</source>
        <translation>Ditanyakan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="264"/>
        <source>Sessions, newest first</source>
        <translation>Sesi, terbaru di atas</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="265"/>
        <source>Questions missed most often</source>
        <translation>Soal yang paling sering dijawab salah</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="269"/>
        <source>Student:</source>
        <translation>Mahasiswa:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="272"/>
        <source>Export &amp;CSV…</source>
        <translation>Ekspor &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="272"/>
        <source>Export &amp;xAPI…</source>
        <translation>Ekspor &amp;xAPI…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="280"/>
        <source>Sessions</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="281"/>
        <source>Missed most often</source>
        <translation>Paling sering salah</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="306"/>
        <source>Spreadsheet (*.csv)</source>
        <translation>Lembar kerja (*.csv)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="306"/>
        <source>xAPI statements (*.json)</source>
        <translation>Pernyataan xAPI (*.json)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="307"/>
        <source>Export the answers</source>
        <translation>Ekspor jawaban</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="310"/>
        <source>Exported</source>
        <translation>Ekspor selesai</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="310"/>
        <source>{0} answers written to {1}</source>
        <translation>{0} jawaban ditulis ke {1}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="333"/>
        <source>{n} answers, {p:.0f}% right, in {k} sessions.</source>
        <translation>{n} jawaban, {p:.0f}% benar, dalam {k} sesi.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="336"/>
        <source>No answers yet on this lesson.</source>
        <translation>Belum ada jawaban untuk pelajaran ini.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="351"/>
        <source>Practice</source>
        <translation>Latihan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="351"/>
        <source>Exam</source>
        <translation>Ujian</translation>
    </message>
</context>
<context>
    <name>SortQuestion</name>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="299"/>
        <source>Events to sort</source>
        <translation>Peristiwa yang akan dikelompokkan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="304"/>
        <source>Events {theory} explains</source>
        <translation>Peristiwa yang dijelaskan oleh {theory}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="314"/>
        <source>Back to the events to sort	Alt+0</source>
        <translation>Kembali ke peristiwa yang akan dikelompokkan	Alt+0</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="315"/>
        <source>Move &amp;to…</source>
        <translation>Pindahkan k&amp;e…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="316"/>
        <source>Move the chosen event to a theory (Alt+1 to Alt+9)</source>
        <translation>Pindahkan peristiwa terpilih ke sebuah teori (Alt+1 sampai Alt+9)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="324"/>
        <source>Drag each event into the box of its theory, or choose it and press Alt+1 to Alt+{n} (Alt+0 takes it back).</source>
        <translation>Seret setiap peristiwa ke kotak teorinya, atau pilih peristiwa itu lalu tekan Alt+1 sampai Alt+{n} (Alt+0 mengembalikannya).</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="326"/>
        <source>Events to sort:</source>
        <translation>Peristiwa yang akan dikelompokkan:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="350"/>
        <source>the events to sort</source>
        <translation>daftar peristiwa yang akan dikelompokkan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="351"/>
        <source>{title} moved to {where}</source>
        <translation>{title} dipindahkan ke {where}</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="207"/>
        <source>Lesson</source>
        <translation>Pelajaran</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="209"/>
        <source>Who is answering</source>
        <translation>Siapa yang menjawab</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="210"/>
        <source>Change pr&amp;ofile…</source>
        <translation>Ganti pr&amp;ofil…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="211"/>
        <source>My &amp;results</source>
        <translation>&amp;Hasil saya</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="213"/>
        <source>Questions due for review</source>
        <translation>Soal yang perlu diulang</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="215"/>
        <source>Exam settings</source>
        <translation>Pengaturan ujian</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="216"/>
        <source>Start &amp;practice</source>
        <translation>Mulai &amp;latihan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="217"/>
        <source>Start e&amp;xam</source>
        <translation>Mulai &amp;ujian</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="218"/>
        <source>Exam &amp;settings…</source>
        <translation>Pen&amp;gaturan ujian…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="223"/>
        <source>Practice</source>
        <translation>Latihan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="224"/>
        <source>Questions due for review come first. After every answer you see whether it was right, the feedback, and the paper&apos;s reading of the event.</source>
        <translation>Soal yang perlu diulang muncul lebih dulu. Setelah setiap jawaban, Anda melihat apakah jawaban itu benar, umpan baliknya, dan tafsiran makalah atas peristiwa tersebut.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="227"/>
        <source>Exam</source>
        <translation>Ujian</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="228"/>
        <source>No feedback and no going back until the end; then your score, by theory.</source>
        <translation>Tanpa umpan balik dan tanpa kembali ke soal sebelumnya sampai akhir; setelah itu skor Anda, menurut teori.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="261"/>
        <source>{n} questions</source>
        <translation>{n} soal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="262"/>
        <source>time limit {m} min</source>
        <translation>batas waktu {m} menit</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="262"/>
        <source>no time limit</source>
        <translation>tanpa batas waktu</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="263"/>
        <source>pass mark {p}%</source>
        <translation>nilai kelulusan {p}%</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="263"/>
        <source>no pass mark</source>
        <translation>tanpa nilai kelulusan</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../sco_app/ui/timeline_view.py" line="71"/>
        <source>Timeline</source>
        <translation>Lini masa</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/timeline_view.py" line="73"/>
        <source>Events by date in lanes. Plus and minus zoom, Control with arrows pans, Home shows all; the events list holds the same events as text.</source>
        <translation>Peristiwa menurut tanggal, dalam jalur-jalur. Plus dan minus untuk memperbesar dan memperkecil, Control dengan tombol panah untuk menggeser, Home menampilkan semuanya; daftar peristiwa memuat peristiwa yang sama dalam bentuk teks.</translation>
    </message>
</context>
<context>
    <name>UserData</name>
    <message>
        <location filename="../../sco_app/ui/user_data.py" line="23"/>
        <source>Your saved progress could not be read</source>
        <translation>Kemajuan belajar Anda yang tersimpan tidak dapat dibaca</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/user_data.py" line="24"/>
        <source>The progress file was damaged, so it was moved aside to
{0}
and a new one was started. Nothing was deleted: your teacher may be able to recover the old answers from that file.</source>
        <translation>Berkas kemajuan belajar rusak, sehingga dipindahkan ke
{0}
dan berkas baru telah dibuat. Tidak ada yang dihapus: pengajar Anda mungkin dapat memulihkan jawaban lama dari berkas tersebut.</translation>
    </message>
</context>
</TS>
