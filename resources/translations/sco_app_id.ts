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
    <message>
        <location filename="../../sco_app/ui/actors_table.py" line="71"/>
        <source>The map as text: one row per state with its status on the chosen date and every status it has had. Enter opens the state&apos;s card.</source>
        <translation>Peta dalam bentuk teks: satu baris per negara dengan statusnya pada tanggal terpilih dan setiap status yang pernah dimilikinya. Enter membuka kartu negara itu.</translation>
    </message>
</context>
<context>
    <name>ArgumentPanel</name>
    <message>
        <location filename="../../sco_app/ui/argument_panel.py" line="29"/>
        <source>The paper&apos;s argument for the selected event</source>
        <translation>Argumen makalah untuk peristiwa terpilih</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/argument_panel.py" line="31"/>
        <source>The selected event&apos;s date, place and actors, its reading by a theory, its causes and effects, its sources, and the passages of the source text the reading rests on (marked). Tab moves between links.</source>
        <translation>Tanggal, tempat, dan aktor peristiwa terpilih, tafsirannya menurut suatu teori, sebab dan akibatnya, sumbernya, serta bagian teks sumber yang menjadi dasar tafsiran (ditandai). Tab berpindah antartautan.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/argument_panel.py" line="73"/>
        <source>today</source>
        <translation>sekarang</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/argument_panel.py" line="120"/>
        <source>The paper&apos;s own argument</source>
        <translation>Argumen makalah itu sendiri</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/argument_panel.py" line="121"/>
        <source>A teaching interpretation, not a claim of the paper</source>
        <translation>Tafsiran untuk pengajaran, bukan klaim makalah</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/argument_panel.py" line="127"/>
        <source>known to the day</source>
        <translation>diketahui sampai hari</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/argument_panel.py" line="127"/>
        <source>known to the month</source>
        <translation>diketahui sampai bulan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/argument_panel.py" line="128"/>
        <source>known to the year</source>
        <translation>diketahui sampai tahun</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/argument_panel.py" line="140"/>
        <source>Reading</source>
        <translation>Tafsiran</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/argument_panel.py" line="142"/>
        <source>Another reading</source>
        <translation>Tafsiran lain</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/argument_panel.py" line="143"/>
        <source>Caused by</source>
        <translation>Disebabkan oleh</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/argument_panel.py" line="144"/>
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
        <location filename="../../sco_app/ui/results_view.py" line="207"/>
        <source>% right</source>
        <translation>% benar</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="237"/>
        <source>{name}: {p}% right, {right} of {asked}</source>
        <translation>{name}: {p}% benar, {right} dari {asked}</translation>
    </message>
</context>
<context>
    <name>ClassResultsView</name>
    <message>
        <location filename="../../sco_app/ui/class_results_view.py" line="43"/>
        <source>Class results</source>
        <translation>Hasil kelas</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/class_results_view.py" line="45"/>
        <source>Summary of the class&apos;s results</source>
        <translation>Ringkasan hasil kelas</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/class_results_view.py" line="46"/>
        <source>&amp;Fetch from the server</source>
        <translation>&amp;Ambil dari server</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/class_results_view.py" line="47"/>
        <source>Fetch the class&apos;s answers from the server</source>
        <translation>Ambil jawaban kelas dari server</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/class_results_view.py" line="49"/>
        <source>&amp;Save summary as CSV…</source>
        <translation>&amp;Simpan ringkasan sebagai CSV…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/class_results_view.py" line="50"/>
        <source>Save the summary as CSV</source>
        <translation>Simpan ringkasan sebagai CSV</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/class_results_view.py" line="53"/>
        <source>Question</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/class_results_view.py" line="53"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/class_results_view.py" line="53"/>
        <source>Theory</source>
        <translation>Teori</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/class_results_view.py" line="53"/>
        <source>Answers</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/class_results_view.py" line="54"/>
        <source>Students</source>
        <translation>Siswa</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/class_results_view.py" line="54"/>
        <source>% right</source>
        <translation>% benar</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/class_results_view.py" line="54"/>
        <source>Mean time (s)</source>
        <translation>Waktu rata-rata (dtk)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/class_results_view.py" line="57"/>
        <source>Questions, hardest first</source>
        <translation>Pertanyaan, yang tersulit lebih dulu</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/class_results_view.py" line="86"/>
        <source>No class results server is set up: choose Quiz ▸ Class results server… and give its address, user name and password.</source>
        <translation>Belum ada server hasil kelas: pilih Kuis ▸ Server hasil kelas… lalu isi alamat, nama pengguna, dan kata sandinya.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/class_results_view.py" line="89"/>
        <source>Fetch the class&apos;s answers on this lesson from {0}.</source>
        <translation>Ambil jawaban kelas untuk pelajaran ini dari {0}.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/class_results_view.py" line="101"/>
        <source>Fetching the class&apos;s answers from {0}…</source>
        <translation>Mengambil jawaban kelas dari {0}…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/class_results_view.py" line="133"/>
        <source>The server holds no answers on this lesson yet.</source>
        <translation>Server belum menyimpan jawaban untuk pelajaran ini.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/class_results_view.py" line="136"/>
        <source>{n} answers by {k} students, {p:.0f}% right. The hardest questions come first.</source>
        <translation>{n} jawaban dari {k} siswa, {p:.0f}% benar. Pertanyaan tersulit ditampilkan lebih dulu.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/class_results_view.py" line="151"/>
        <source>The class&apos;s answers could not be fetched: {0}</source>
        <translation>Jawaban kelas tidak dapat diambil: {0}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/class_results_view.py" line="160"/>
        <source>Save the class summary</source>
        <translation>Simpan ringkasan kelas</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/class_results_view.py" line="161"/>
        <source>Spreadsheet (*.csv)</source>
        <translation>Lembar kerja (*.csv)</translation>
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
    <message>
        <location filename="../../sco_app/ui/events_table.py" line="107"/>
        <source>The timeline as text: one row per event with its date, title, lane and reading. Moving to a row selects the event; Control+F filters the list.</source>
        <translation>Linimasa dalam bentuk teks: satu baris per peristiwa dengan tanggal, judul, jalur, dan tafsirannya. Berpindah ke suatu baris memilih peristiwa itu; Control+F menyaring daftar.</translation>
    </message>
</context>
<context>
    <name>ExamSettingsDialog</name>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="144"/>
        <location filename="../../sco_app/ui/profile_dialog.py" line="145"/>
        <source>Exam settings</source>
        <translation>Pengaturan ujian</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="147"/>
        <source>Number of questions</source>
        <translation>Jumlah soal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="147"/>
        <source> questions</source>
        <translation> soal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="148"/>
        <source>Time limit in minutes, 0 for none</source>
        <translation>Batas waktu dalam menit, 0 berarti tanpa batas</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="149"/>
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="149"/>
        <source>No time limit</source>
        <translation>Tanpa batas waktu</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="150"/>
        <source>Pass mark in per cent, 0 for none</source>
        <translation>Nilai kelulusan dalam persen, 0 berarti tanpa nilai kelulusan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="151"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="151"/>
        <source>No pass mark</source>
        <translation>Tanpa nilai kelulusan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="153"/>
        <source>Question types</source>
        <translation>Jenis soal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="159"/>
        <source>Shuffle the questions and the options</source>
        <translation>Acak urutan soal dan pilihan jawaban</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="160"/>
        <source>Show the right answers and feedback at the end</source>
        <translation>Tampilkan jawaban yang benar dan umpan balik di akhir</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="162"/>
        <source>&amp;Questions:</source>
        <translation>Jumlah &amp;soal:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="163"/>
        <source>&amp;Time limit:</source>
        <translation>&amp;Batas waktu:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="164"/>
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
        <location filename="../../sco_app/ui/filter_bar.py" line="82"/>
        <source>Show {0}</source>
        <translation>Tampilkan {0}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/filter_bar.py" line="97"/>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/filter_bar.py" line="97"/>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="17"/>
        <source>bold edge: the paper’s own reading</source>
        <translation>tepi tebal: tafsiran makalah sendiri</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="18"/>
        <source>grey bar: a date span</source>
        <translation>batang abu-abu: rentang tanggal</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <location filename="../../sco_app/ui/handout_dialog.py" line="26"/>
        <source>Export handout</source>
        <translation>Ekspor handout</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/handout_dialog.py" line="31"/>
        <source>Date of the map</source>
        <translation>Tanggal peta</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/handout_dialog.py" line="33"/>
        <source>Events whose argument cards are printed</source>
        <translation>Peristiwa yang kartu argumennya dicetak</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/handout_dialog.py" line="42"/>
        <source>The paper&apos;s &amp;readings</source>
        <translation>&amp;Tafsiran makalah</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/handout_dialog.py" line="42"/>
        <source>Choose the events the paper itself reads</source>
        <translation>Pilih peristiwa yang ditafsirkan oleh makalah itu sendiri</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/handout_dialog.py" line="44"/>
        <source>&amp;All</source>
        <translation>Se&amp;mua</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/handout_dialog.py" line="44"/>
        <source>Choose every event</source>
        <translation>Pilih semua peristiwa</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/handout_dialog.py" line="45"/>
        <source>&amp;None</source>
        <translation>Tidak a&amp;da</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/handout_dialog.py" line="45"/>
        <source>Choose no event</source>
        <translation>Jangan pilih peristiwa apa pun</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/handout_dialog.py" line="52"/>
        <source>PDF file to write</source>
        <translation>Berkas PDF yang akan ditulis</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/handout_dialog.py" line="53"/>
        <source>&amp;Browse…</source>
        <translation>Te&amp;lusuri…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/handout_dialog.py" line="54"/>
        <source>Choose the PDF file</source>
        <translation>Pilih berkas PDF</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/handout_dialog.py" line="60"/>
        <source>Map on &amp;date:</source>
        <translation>Peta pada ta&amp;nggal:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/handout_dialog.py" line="61"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Simpan sebagai:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/handout_dialog.py" line="65"/>
        <source>&amp;Export</source>
        <translation>&amp;Ekspor</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/handout_dialog.py" line="66"/>
        <source>Export the handout</source>
        <translation>Ekspor handout</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/handout_dialog.py" line="71"/>
        <source>Argument &amp;cards of these events:</source>
        <translation>&amp;Kartu argumen untuk peristiwa berikut:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/handout_dialog.py" line="76"/>
        <source>The handout also holds the title page, the timeline, the map with its legend, the quiz and, on separate pages, its answer key.</source>
        <translation>Handout ini juga memuat halaman judul, lini masa, peta beserta keterangannya, kuis, dan kunci jawabannya pada halaman terpisah.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/handout_dialog.py" line="88"/>
        <source>Save the handout</source>
        <translation>Simpan handout</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/handout_dialog.py" line="89"/>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/handout_dialog.py" line="105"/>
        <source>Name a PDF file, ending in .pdf.</source>
        <translation>Beri nama berkas PDF yang berakhiran .pdf.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/handout_dialog.py" line="111"/>
        <source>The handout could not be written: {0}</source>
        <translation>Handout tidak dapat ditulis: {0}</translation>
    </message>
</context>
<context>
    <name>HandoutWriter</name>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="19"/>
        <source>Answer key</source>
        <translation>Kunci jawaban</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="20"/>
        <source>Answer:</source>
        <translation>Jawaban:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="21"/>
        <source>Choose from:</source>
        <translation>Pilih dari:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="22"/>
        <source>Lesson pack</source>
        <translation>Paket pelajaran</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="23"/>
        <source>On paper: name the state.</source>
        <translation>Di kertas: tuliskan nama negaranya.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="24"/>
        <source>Quiz</source>
        <translation>Kuis</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="25"/>
        <source>Sources</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="26"/>
        <source>The argument, episode by episode</source>
        <translation>Argumen, peristiwa demi peristiwa</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="27"/>
        <source>The source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="28"/>
        <source>Theories</source>
        <translation>Teori</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/handout.py" line="175"/>
        <source>Timeline of the episodes</source>
        <translation>Lini masa peristiwa</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/handout.py" line="176"/>
        <source>Statuses on {0}, with the legend</source>
        <translation>Status pada {0}, beserta keterangannya</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/handout.py" line="230"/>
        <source>Reading</source>
        <translation>Tafsiran</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/handout.py" line="230"/>
        <source>Another reading</source>
        <translation>Tafsiran lain</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/handout.py" line="233"/>
        <source>The paper&apos;s own argument</source>
        <translation>Argumen makalah itu sendiri</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/handout.py" line="234"/>
        <source>A teaching interpretation, not a claim of the paper</source>
        <translation>Tafsiran untuk pengajaran, bukan klaim makalah</translation>
    </message>
</context>
<context>
    <name>LrsSettingsDialog</name>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="81"/>
        <location filename="../../sco_app/ui/lrs_settings.py" line="82"/>
        <source>Class results server</source>
        <translation>Server hasil kelas</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="83"/>
        <source>Answers can also go to your school&apos;s Learning Record Store (xAPI), where the instructor sees the whole class. They wait on this computer until the server has them, so nothing is lost when the network is down.</source>
        <translation>Jawaban juga dapat dikirim ke Learning Record Store (xAPI) sekolah Anda, tempat pengajar melihat seluruh kelas. Jawaban menunggu di komputer ini sampai server menerimanya, sehingga tidak ada yang hilang saat jaringan terputus.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="86"/>
        <source>About the class results server</source>
        <translation>Tentang server hasil kelas</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="87"/>
        <source>&amp;Send answers to the server</source>
        <translation>&amp;Kirim jawaban ke server</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="88"/>
        <source>Send answers to the server</source>
        <translation>Kirim jawaban ke server</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="93"/>
        <source>Server address</source>
        <translation>Alamat server</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="95"/>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="100"/>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="102"/>
        <source>(saved; type to change)</source>
        <translation>(tersimpan; ketik untuk mengganti)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="104"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Alamat server:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="104"/>
        <source>&amp;User name:</source>
        <translation>Nama &amp;pengguna:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="105"/>
        <source>&amp;Password:</source>
        <translation>Kata &amp;sandi:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="109"/>
        <source>The lesson suggests the server {0}. Save only if your instructor gave you this address: the user name and password go to it.</source>
        <translation>Pelajaran ini menyarankan server {0}. Simpan hanya jika instruktur Anda memberikan alamat ini: nama pengguna dan kata sandi akan dikirim ke sana.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="144"/>
        <source>The address is not usable: it must start with http:// or https://, name a server, have a port number from 1 to 65535 if it has one, and hold no spaces, accented letters, user name or password.</source>
        <translation>Alamat tidak dapat dipakai: harus diawali http:// atau https://, menyebut nama server, memakai nomor port 1 sampai 65535 bila ada, dan tidak memuat spasi, huruf beraksen, nama pengguna, atau kata sandi.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="150"/>
        <source>A password may not go over plain http:// to another computer: anyone on the way could read it. Use the server&apos;s https:// address.</source>
        <translation>Kata sandi tidak boleh dikirim lewat http:// biasa ke komputer lain: siapa pun di tengah jalan dapat membacanya. Pakai alamat https:// server tersebut.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="153"/>
        <source>The address has changed: type the password for this server (the saved one is only sent to {0}).</source>
        <translation>Alamat telah berubah: ketik kata sandi untuk server ini (kata sandi yang tersimpan hanya dikirim ke {0}).</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="154"/>
        <source>no server</source>
        <translation>tidak ada server</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="112"/>
        <source>Ask your instructor for the address, user name and password.</source>
        <translation>Tanyakan alamat, nama pengguna, dan kata sandi kepada pengajar Anda.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="114"/>
        <source>Hint</source>
        <translation>Petunjuk</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="117"/>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="120"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="121"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="142"/>
        <source>Give the server&apos;s address.</source>
        <translation>Isi alamat server.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="148"/>
        <source>Give the user name.</source>
        <translation>Isi nama pengguna.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="47"/>
        <source>Opening the lesson…</source>
        <translation>Membuka pelajaran…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="48"/>
        <source>Opening the lesson</source>
        <translation>Membuka pelajaran</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="79"/>
        <source>Map, events list and quiz</source>
        <translation>Peta, daftar peristiwa, dan kuis</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="80"/>
        <source>&amp;Map</source>
        <translation>&amp;Peta</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="81"/>
        <source>&amp;Events list</source>
        <translation>&amp;Daftar peristiwa</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="82"/>
        <source>&amp;States list</source>
        <translation>Daftar &amp;negara</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="83"/>
        <source>&amp;Quiz</source>
        <translation>&amp;Kuis</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="111"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="112"/>
        <source>&amp;Open lesson pack folder…</source>
        <translation>&amp;Buka folder paket pelajaran…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="114"/>
        <source>Open lesson pack &amp;zip…</source>
        <translation>Buka berkas &amp;zip paket pelajaran…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="116"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Terakhir dibuka</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="118"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="120"/>
        <source>Lesson pack &amp;library…</source>
        <translation>&amp;Pustaka paket pelajaran…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="124"/>
        <source>Export &amp;handout…</source>
        <translation>Ekspor &amp;handout…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="128"/>
        <source>&amp;Go</source>
        <translation>&amp;Navigasi</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="129"/>
        <source>&amp;Previous event</source>
        <translation>&amp;Peristiwa sebelumnya</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="131"/>
        <source>&amp;Next event</source>
        <translation>Peristiwa &amp;berikutnya</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="133"/>
        <source>&amp;Find event</source>
        <translation>&amp;Cari peristiwa</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="136"/>
        <source>Qui&amp;z</source>
        <translation>Ku&amp;is</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="137"/>
        <source>&amp;Practice</source>
        <translation>&amp;Latihan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="137"/>
        <source>&amp;Exam</source>
        <translation>&amp;Ujian</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="138"/>
        <source>Exam &amp;settings…</source>
        <translation>Pen&amp;gaturan ujian…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="139"/>
        <source>&amp;Results</source>
        <translation>&amp;Hasil</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="143"/>
        <source>&amp;Class results…</source>
        <translation>Hasil &amp;kelas…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="144"/>
        <source>Class results ser&amp;ver…</source>
        <translation>Ser&amp;ver hasil kelas…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="147"/>
        <source>&amp;View</source>
        <translation>Ta&amp;mpilan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="148"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Perbesar</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="149"/>
        <source>Zoom &amp;out</source>
        <translation>Per&amp;kecil</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="150"/>
        <source>&amp;Normal size</source>
        <translation>Ukuran &amp;normal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="155"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Kontras tinggi</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="159"/>
        <source>White on black with a yellow focus and selection, and wider lines</source>
        <translation>Putih di atas hitam dengan fokus dan pilihan kuning, serta garis yang lebih tebal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="162"/>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="168"/>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="169"/>
        <source>&amp;About sco-app</source>
        <translation>&amp;Tentang sco-app</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="191"/>
        <source>Quiz: {prompt} Click it on the map (Alt+Q returns to the quiz).</source>
        <translation>Kuis: {prompt} Klik negaranya di peta (Alt+K kembali ke kuis).</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="243"/>
        <source>Open a lesson pack folder</source>
        <translation>Buka folder paket pelajaran</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="248"/>
        <source>Open a lesson pack zip</source>
        <translation>Buka berkas zip paket pelajaran</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="249"/>
        <source>Lesson packs (*.zip)</source>
        <translation>Paket pelajaran (*.zip)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="260"/>
        <source>(none yet)</source>
        <translation>(belum ada)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="283"/>
        <source>About sco-app</source>
        <translation>Tentang sco-app</translation>
    </message>
    <message>
        <location filename="../../sco_app/app.py" line="271"/>
        <source>This lesson pack has problems</source>
        <translation>Paket pelajaran ini bermasalah</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="29"/>
        <source>Country shapes: Made with Natural Earth (public domain).</source>
        <translation>Bentuk negara: dibuat dengan Natural Earth (domain publik).</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="30"/>
        <source>The app: MIT licence. The SCO lesson pack: CC BY 4.0.</source>
        <translation>Aplikasi: lisensi MIT. Paket pelajaran SCO: CC BY 4.0.</translation>
    </message>
</context>
<context>
    <name>MapQuestion</name>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="197"/>
        <source>Click the state on the map, or choose it in the list.</source>
        <translation>Klik negaranya di peta, atau pilih dari daftar.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="198"/>
        <source>Go to the m&amp;ap</source>
        <translation>Buka pet&amp;a</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="199"/>
        <source>Go to the map to click the state</source>
        <translation>Buka peta untuk mengklik negaranya</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="202"/>
        <source>Choose the state from the list</source>
        <translation>Pilih negara dari daftar</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="203"/>
        <source>Choose a state…</source>
        <translation>Pilih negara…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="212"/>
        <location filename="../../sco_app/ui/question_widgets.py" line="235"/>
        <source>You chose: nothing yet</source>
        <translation>Pilihan Anda: belum ada</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="234"/>
        <source>You chose: {name}</source>
        <translation>Pilihan Anda: {name}</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="64"/>
        <source>Map</source>
        <translation>Peta</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="65"/>
        <source>The map&apos;s drawing; the map view around it and the States list say what it shows.</source>
        <translation>Gambar peta; tampilan peta di sekelilingnya dan Daftar negara menjelaskan isinya.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="71"/>
        <source>Map of statuses on the chosen date</source>
        <translation>Peta status pada tanggal terpilih</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="72"/>
        <source>Plus and minus zoom, 0 frames the lesson&apos;s states again, drag to pan.</source>
        <translation>Plus dan minus untuk memperbesar dan memperkecil, 0 membingkai ulang negara-negara dalam pelajaran, seret untuk menggeser.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="73"/>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="73"/>
        <source>Observer</source>
        <translation>Pengamat</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="73"/>
        <source>No status</source>
        <translation>Tanpa status</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="74"/>
        <source>Dialogue partner / SCO partner</source>
        <translation>Mitra dialog / mitra SCO</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="74"/>
        <source>Other status</source>
        <translation>Status lain</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="76"/>
        <source>founding member</source>
        <translation>anggota pendiri</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="76"/>
        <source>member</source>
        <translation>anggota</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="77"/>
        <source>observer</source>
        <translation>pengamat</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="77"/>
        <source>dialogue partner</source>
        <translation>mitra dialog</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="78"/>
        <source>SCO partner</source>
        <translation>mitra SCO</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="78"/>
        <source>guest</source>
        <translation>tamu</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="78"/>
        <source>no status</source>
        <translation>tanpa status</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="79"/>
        <source>applicant</source>
        <translation>pemohon keanggotaan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="79"/>
        <source>suspended</source>
        <translation>ditangguhkan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="165"/>
        <source>Status on {date}</source>
        <translation>Status pada {date}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="165"/>
        <source>No date chosen</source>
        <translation>Belum ada tanggal terpilih</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="235"/>
        <source>Later than the date</source>
        <translation>Sesudah tanggal terpilih</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="238"/>
        <source>Disputed area (Natural Earth)</source>
        <translation>Wilayah sengketa (Natural Earth)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="240"/>
        <source>States in the chosen event</source>
        <translation>Negara dalam peristiwa terpilih</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="242"/>
        <source>Lens: {theory}</source>
        <translation>Lensa: {theory}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="273"/>
        <source>Status on {date}: {status}</source>
        <translation>Status pada {date}: {status}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="277"/>
        <source>Claimants: {names}</source>
        <translation>Pihak pengklaim: {names}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="31"/>
        <source>Events, by reading</source>
        <translation>Peristiwa, menurut tafsiran</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="32"/>
        <source>Natural Earth:</source>
        <translation>Natural Earth:</translation>
    </message>
</context>
<context>
    <name>OptionsQuestion</name>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="137"/>
        <source>Choose every right option (keys 1 to {n} tick them), then press Enter.</source>
        <translation>Pilih semua opsi yang benar (tombol 1 sampai {n} mencentangnya), lalu tekan Enter.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="138"/>
        <source>Choose one option (keys 1 to {n}), then press Enter.</source>
        <translation>Pilih satu opsi (tombol 1 sampai {n}), lalu tekan Enter.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="176"/>
        <source>right</source>
        <translation>benar</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="178"/>
        <source>defensible</source>
        <translation>dapat dipertahankan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="180"/>
        <source>wrong</source>
        <translation>salah</translation>
    </message>
</context>
<context>
    <name>OrderQuestion</name>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="253"/>
        <source>Events to put in order, earliest first</source>
        <translation>Peristiwa yang harus diurutkan, dari yang paling awal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="256"/>
        <source>Move &amp;up</source>
        <translation>Geser ke &amp;atas</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="256"/>
        <source>Move &amp;down</source>
        <translation>Geser ke ba&amp;wah</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="257"/>
        <source>Move the chosen event up (Alt+Up)</source>
        <translation>Geser peristiwa terpilih ke atas (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="258"/>
        <source>Move the chosen event down (Alt+Down)</source>
        <translation>Geser peristiwa terpilih ke bawah (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="270"/>
        <source>Drag the events into order, or choose one and press Alt+Up or Alt+Down.</source>
        <translation>Seret peristiwa-peristiwa ini ke urutan yang benar, atau pilih satu lalu tekan Alt+Up atau Alt+Down.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="283"/>
        <source>{title} is now number {n} of {count}</source>
        <translation>{title} kini di urutan {n} dari {count}</translation>
    </message>
</context>
<context>
    <name>PackLibraryDialog</name>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="120"/>
        <location filename="../../sco_app/ui/pack_library.py" line="121"/>
        <source>Lesson pack library</source>
        <translation>Pustaka paket pelajaran</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="122"/>
        <source>The lesson packs on this computer: those built into the app, those in your library and those in shared folders. Choose one and press Enter to open it.</source>
        <translation>Paket pelajaran di komputer ini: yang bawaan aplikasi, yang ada di pustaka Anda, dan yang ada di folder bersama. Pilih satu lalu tekan Enter untuk membukanya.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="128"/>
        <source>Lesson packs</source>
        <translation>Paket pelajaran</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="129"/>
        <source>Title, version, languages, authors, whether the pack validates, and where it is</source>
        <translation>Judul, versi, bahasa, penulis, apakah paket lolos pemeriksaan, dan lokasinya</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="145"/>
        <source>About the chosen pack</source>
        <translation>Tentang paket yang dipilih</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="148"/>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="148"/>
        <source>Open the chosen pack in the app</source>
        <translation>Buka paket yang dipilih di aplikasi</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="151"/>
        <location filename="../../sco_app/ui/pack_library.py" line="230"/>
        <source>&amp;Install into library</source>
        <translation>&amp;Pasang ke pustaka</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="152"/>
        <source>Copy the chosen pack into your library</source>
        <translation>Salin paket yang dipilih ke pustaka Anda</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="153"/>
        <source>Import &amp;zip…</source>
        <translation>Impor &amp;zip…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="154"/>
        <source>Choose a lesson pack zip and install it into your library</source>
        <translation>Pilih berkas zip paket pelajaran dan pasang ke pustaka Anda</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="156"/>
        <source>Add &amp;folder…</source>
        <translation>Tambah &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="157"/>
        <source>Add a folder of lesson packs, such as a shared folder, to the list</source>
        <translation>Tambahkan folder berisi paket pelajaran, misalnya folder bersama, ke daftar</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="159"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="159"/>
        <source>Close the library</source>
        <translation>Tutup pustaka</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="220"/>
        <source>No lesson packs were found.</source>
        <translation>Tidak ada paket pelajaran yang ditemukan.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="223"/>
        <source>{title}, version {version}, id {id}: {path}</source>
        <translation>{title}, versi {version}, id {id}: {path}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="227"/>
        <source>It cannot be opened until its problems are fixed; the first: {problem}</source>
        <translation>Paket ini tidak dapat dibuka sebelum masalahnya diperbaiki; yang pertama: {problem}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="234"/>
        <source>&amp;Update library copy</source>
        <translation>&amp;Perbarui salinan di pustaka</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="235"/>
        <source>An update of version {old} in your library; students&apos; progress is kept.</source>
        <translation>Pembaruan untuk versi {old} di pustaka Anda; kemajuan siswa tetap tersimpan.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="239"/>
        <source>Version {version} is already on this computer ({where}).</source>
        <translation>Versi {version} sudah ada di komputer ini ({where}).</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="260"/>
        <source>Import a lesson pack zip</source>
        <translation>Impor berkas zip paket pelajaran</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="261"/>
        <source>Lesson packs (*.zip)</source>
        <translation>Paket pelajaran (*.zip)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="270"/>
        <location filename="../../sco_app/ui/pack_library.py" line="294"/>
        <source>This lesson pack has problems</source>
        <translation>Paket pelajaran ini bermasalah</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="271"/>
        <source>It was not imported.</source>
        <translation>Paket ini tidak diimpor.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="277"/>
        <source>Update the lesson pack?</source>
        <translation>Perbarui paket pelajaran?</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="278"/>
        <source>“{title}” version {old} is on this computer. Install version {new} in its place? Students&apos; answers and review schedule are kept.</source>
        <translation>“{title}” versi {old} ada di komputer ini. Pasang versi {new} sebagai penggantinya? Jawaban dan jadwal pengulangan siswa tetap tersimpan.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="285"/>
        <source>Already on this computer</source>
        <translation>Sudah ada di komputer ini</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="286"/>
        <source>“{title}” version {version} is already here ({where}); version {new} was not installed.</source>
        <translation>“{title}” versi {version} sudah ada di sini ({where}); versi {new} tidak dipasang.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="300"/>
        <source>Version {new} of “{title}” could not be installed, so version {old} stays in your library, unchanged. Close any program using its files and try again.</source>
        <translation>Versi {new} dari “{title}” tidak dapat dipasang, jadi versi {old} tetap ada di pustaka Anda tanpa perubahan. Tutup program yang memakai berkasnya, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="304"/>
        <source>“{title}” could not be installed: your library folder could not be written.</source>
        <translation>“{title}” tidak dapat dipasang: folder pustaka Anda tidak dapat ditulisi.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="307"/>
        <source>The pack could not be installed</source>
        <translation>Paket tidak dapat dipasang</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="308"/>
        <source>The system said: {error}</source>
        <translation>Pesan sistem: {error}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="322"/>
        <source>Add a folder of lesson packs</source>
        <translation>Tambahkan folder paket pelajaran</translation>
    </message>
</context>
<context>
    <name>PackWatcher</name>
    <message>
        <location filename="../../sco_app/ui/pack_watcher.py" line="302"/>
        <source>The lesson pack on disk has problems; the last good version stays on screen.</source>
        <translation>Paket pelajaran di disk bermasalah; versi baik terakhir tetap ditampilkan.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_watcher.py" line="305"/>
        <source>The lesson pack changed on disk and was loaded again.</source>
        <translation>Paket pelajaran di disk berubah dan telah dimuat ulang.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_watcher.py" line="309"/>
        <source>&amp;Problems in the lesson pack</source>
        <translation>&amp;Masalah dalam paket pelajaran</translation>
    </message>
</context>
<context>
    <name>PacksModel</name>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="52"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="52"/>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="52"/>
        <source>Languages</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="52"/>
        <source>Authors</source>
        <translation>Penulis</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="53"/>
        <source>Validates</source>
        <translation>Lolos pemeriksaan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="53"/>
        <source>Where</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="63"/>
        <source>built into the app</source>
        <translation>bawaan aplikasi</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="65"/>
        <source>your library</source>
        <translation>pustaka Anda</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="67"/>
        <source>{place} (read-only)</source>
        <translation>{place} (hanya-baca)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="72"/>
        <source>no: {errors} error(s)</source>
        <translation>tidak: {errors} kesalahan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="73"/>
        <source>yes, {warnings} warning(s)</source>
        <translation>ya, {warnings} peringatan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="73"/>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="89"/>
        <source>{version} (updates {old})</source>
        <translation>{version} (memperbarui {old})</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="99"/>
        <source>id: {id}</source>
        <translation>id: {id}</translation>
    </message>
</context>
<context>
    <name>ProblemsPane</name>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="33"/>
        <source>Hint:</source>
        <translation>Petunjuk:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/problems_pane.py" line="85"/>
        <location filename="../../sco_app/ui/problems_pane.py" line="87"/>
        <source>Problems in the lesson pack</source>
        <translation>Masalah dalam paket pelajaran</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/problems_pane.py" line="93"/>
        <source>Summary of the problems</source>
        <translation>Ringkasan masalah</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/problems_pane.py" line="97"/>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/problems_pane.py" line="97"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/problems_pane.py" line="97"/>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/problems_pane.py" line="103"/>
        <source>Problems</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/problems_pane.py" line="104"/>
        <source>Enter copies the location of the problem; the menu key offers to open its file</source>
        <translation>Enter menyalin lokasi masalah; tombol menu menawarkan untuk membuka berkasnya</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/problems_pane.py" line="116"/>
        <source>&amp;Copy location</source>
        <translation>&amp;Salin lokasi</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/problems_pane.py" line="116"/>
        <source>Copy the file, line and column of the chosen problem to the clipboard</source>
        <translation>Salin berkas, baris, dan kolom masalah yang dipilih ke papan klip</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/problems_pane.py" line="119"/>
        <source>Open in &amp;editor</source>
        <translation>Buka di &amp;editor</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/problems_pane.py" line="119"/>
        <source>Open the file of the chosen problem in the system&apos;s editor</source>
        <translation>Buka berkas masalah yang dipilih di editor sistem</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/problems_pane.py" line="123"/>
        <source>What was done</source>
        <translation>Apa yang telah dilakukan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/problems_pane.py" line="164"/>
        <source>error</source>
        <translation>kesalahan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/problems_pane.py" line="164"/>
        <source>warning</source>
        <translation>peringatan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/problems_pane.py" line="175"/>
        <source>&lt;b&gt;The lesson pack on disk cannot be used&lt;/b&gt; (errors: {errors}, warnings: {warnings}). The last good version stays on screen until the problems are fixed.</source>
        <translation>&lt;b&gt;Paket pelajaran di disk tidak dapat digunakan&lt;/b&gt; (kesalahan: {errors}, peringatan: {warnings}). Versi baik terakhir tetap ditampilkan sampai masalahnya diperbaiki.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/problems_pane.py" line="179"/>
        <source>The lesson pack on disk is in use (warnings: {warnings}).</source>
        <translation>Paket pelajaran di disk sedang digunakan (peringatan: {warnings}).</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/problems_pane.py" line="181"/>
        <source>No problems: the lesson pack on screen is the one on disk.</source>
        <translation>Tidak ada masalah: paket pelajaran di layar sama dengan yang ada di disk.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/problems_pane.py" line="202"/>
        <source>Copied {location}</source>
        <translation>{location} disalin</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/problems_pane.py" line="216"/>
        <source>Only YAML files of the pack open in an editor; the location was copied instead</source>
        <translation>Hanya berkas YAML paket yang dibuka di editor; lokasinya disalin sebagai gantinya</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/problems_pane.py" line="221"/>
        <source>No editor could open {file}</source>
        <translation>Tidak ada editor yang dapat membuka {file}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/problems_pane.py" line="229"/>
        <source>Copy location</source>
        <translation>Salin lokasi</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/problems_pane.py" line="233"/>
        <source>Open in editor</source>
        <translation>Buka di editor</translation>
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
        <location filename="../../sco_app/ui/question_kinds.py" line="58"/>
        <source>Which theory</source>
        <translation>Teori mana</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_kinds.py" line="59"/>
        <source>Multiple choice</source>
        <translation>Pilihan ganda</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_kinds.py" line="61"/>
        <source>Map</source>
        <translation>Peta</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_kinds.py" line="62"/>
        <source>Order</source>
        <translation>Pengurutan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_kinds.py" line="63"/>
        <source>Sort</source>
        <translation>Pengelompokan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_kinds.py" line="64"/>
        <source>Finding</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_kinds.py" line="65"/>
        <source>True or false</source>
        <translation>Benar atau salah</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_kinds.py" line="67"/>
        <source>Short answer</source>
        <translation>Isian singkat</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="36"/>
        <source>Answer</source>
        <translation>Jawaban</translation>
    </message>
</context>
<context>
    <name>QuizPanel</name>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="52"/>
        <location filename="../../sco_app/ui/quiz_panel.py" line="398"/>
        <source>Quiz</source>
        <translation>Kuis</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="63"/>
        <source>Quiz mode</source>
        <translation>Mode kuis</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="64"/>
        <source>Quiz progress</source>
        <translation>Kemajuan kuis</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="64"/>
        <source>Time left</source>
        <translation>Sisa waktu</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="75"/>
        <source>Question</source>
        <translation>Soal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="78"/>
        <source>Feedback</source>
        <translation>Umpan balik</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="83"/>
        <source>Question and feedback</source>
        <translation>Soal dan umpan balik</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="85"/>
        <source>The question, how to answer it, the answer choices and, once you check, whether you were right and why.</source>
        <translation>Soal, cara menjawabnya, pilihan jawaban, dan setelah Anda memeriksa, apakah jawaban Anda benar dan mengapa.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="87"/>
        <source>&amp;Check answer</source>
        <translation>Periksa &amp;jawaban</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="87"/>
        <source>Check answer (Enter)</source>
        <translation>Periksa jawaban (Enter)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="88"/>
        <location filename="../../sco_app/ui/quiz_panel.py" line="228"/>
        <source>&amp;Next question</source>
        <translation>&amp;Soal berikutnya</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="88"/>
        <source>Next question (Enter)</source>
        <translation>Soal berikutnya (Enter)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="90"/>
        <source>Show on time&amp;line and map</source>
        <translation>Tampilkan di &amp;lini masa dan peta</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="90"/>
        <source>Show on timeline and map</source>
        <translation>Tampilkan di lini masa dan peta</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="93"/>
        <source>&amp;Stop practice</source>
        <translation>&amp;Hentikan latihan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="93"/>
        <source>Stop practice</source>
        <translation>Hentikan latihan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="97"/>
        <source>Exam result</source>
        <translation>Hasil ujian</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="99"/>
        <source>Your score and pass or fail, your share right by theory, then every question with your answer and the right one.</source>
        <translation>Skor Anda dan lulus atau tidak, bagian yang benar menurut teori, lalu setiap soal dengan jawaban Anda dan jawaban yang benar.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="101"/>
        <source>&amp;Back to the start</source>
        <translation>Kembali ke &amp;awal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="101"/>
        <source>Back to the start</source>
        <translation>Kembali ke awal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="228"/>
        <source>&amp;Finish exam</source>
        <translation>&amp;Selesaikan ujian</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="236"/>
        <source>Answering: {name}</source>
        <translation>Penjawab: {name}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="238"/>
        <source>Question {n} of {count}</source>
        <translation>Soal {n} dari {count}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="241"/>
        <source>{right} of {n} right</source>
        <translation>{right} dari {n} benar</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="243"/>
        <location filename="../../sco_app/ui/quiz_panel.py" line="390"/>
        <source>Due for review: {n}</source>
        <translation>Perlu diulang: {n}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="344"/>
        <source>Exam — finished: your result</source>
        <translation>Ujian — selesai: hasil Anda</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="349"/>
        <source>Exam result: {p}%</source>
        <translation>Hasil ujian: {p}%</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="389"/>
        <source>(you will be asked who you are)</source>
        <translation>(Anda akan ditanya siapa Anda)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="391"/>
        <source>Quiz: {title}</source>
        <translation>Kuis: {title}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="392"/>
        <source>Answering: {who}</source>
        <translation>Penjawab: {who}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="397"/>
        <source>Practice — feedback after every answer</source>
        <translation>Latihan — umpan balik setelah setiap jawaban</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="398"/>
        <source>Exam — no feedback until the end</source>
        <translation>Ujian — tanpa umpan balik sampai akhir</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="34"/>
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
        <location filename="../../sco_app/ui/results_view.py" line="69"/>
        <source>Right.</source>
        <translation>Benar.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="70"/>
        <source>Not quite: {p:.0f}% of it is right.</source>
        <translation>Kurang tepat: {p:.0f}% di antaranya benar.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="71"/>
        <source>Defensible: {p:.0f}% of the credit.</source>
        <translation>Dapat dipertahankan: {p:.0f}% dari nilai penuh.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="72"/>
        <source>Not right.</source>
        <translation>Salah.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="73"/>
        <source>Not answered.</source>
        <translation>Tidak dijawab.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="91"/>
        <source>The paper&apos;s reading</source>
        <translation>Tafsiran makalah</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="92"/>
        <source>Another reading</source>
        <translation>Tafsiran lain</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="97"/>
        <source>the paper&apos;s own argument</source>
        <translation>argumen makalah itu sendiri</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="98"/>
        <source>a teaching interpretation, not a claim of the paper</source>
        <translation>tafsiran untuk pengajaran, bukan klaim makalah</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="110"/>
        <source>✔ Passed</source>
        <translation>✔ Lulus</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="110"/>
        <source>✘ Not passed</source>
        <translation>✘ Tidak lulus</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="114"/>
        <source>Pass mark: {p}%.</source>
        <translation>Nilai kelulusan: {p}%.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="115"/>
        <source>{right} of {asked} questions fully right; {skipped} not answered. Exam number {seed}.</source>
        <translation>{right} dari {asked} soal benar sepenuhnya; {skipped} tidak dijawab. Nomor ujian {seed}.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="35"/>
        <source>By theory</source>
        <translation>Menurut teori</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="36"/>
        <source>Exam result</source>
        <translation>Hasil ujian</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="37"/>
        <source>Question by question</source>
        <translation>Soal demi soal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="38"/>
        <source>The right answer:</source>
        <translation>Jawaban yang benar:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="39"/>
        <source>Your answer:</source>
        <translation>Jawaban Anda:</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="248"/>
        <source>Results</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="250"/>
        <source>Whose results</source>
        <translation>Hasil siapa</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="256"/>
        <source>Summary of the results</source>
        <translation>Ringkasan hasil</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="257"/>
        <source>By theory</source>
        <translation>Menurut teori</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="257"/>
        <source>By question type</source>
        <translation>Menurut jenis soal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="258"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="258"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="258"/>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="258"/>
        <source>Answers</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="259"/>
        <source>Question</source>
        <translation>Soal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="259"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="259"/>
        <source>Missed</source>
        <translation>Salah</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="259"/>
        <source>Asked</source>
        <translation>Ditanyakan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="260"/>
        <source>Sessions, newest first</source>
        <translation>Sesi, terbaru di atas</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="261"/>
        <source>Questions missed most often</source>
        <translation>Soal yang paling sering dijawab salah</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="265"/>
        <source>Student:</source>
        <translation>Mahasiswa:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="268"/>
        <source>Export &amp;CSV…</source>
        <translation>Ekspor &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="268"/>
        <source>Export &amp;xAPI…</source>
        <translation>Ekspor &amp;xAPI…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="276"/>
        <source>Sessions</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="277"/>
        <source>Missed most often</source>
        <translation>Paling sering salah</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="302"/>
        <source>Spreadsheet (*.csv)</source>
        <translation>Lembar kerja (*.csv)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="302"/>
        <source>xAPI statements (*.json)</source>
        <translation>Pernyataan xAPI (*.json)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="303"/>
        <source>Export the answers</source>
        <translation>Ekspor jawaban</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="306"/>
        <source>Exported</source>
        <translation>Ekspor selesai</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="306"/>
        <source>{0} answers written to {1}</source>
        <translation>{0} jawaban ditulis ke {1}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="329"/>
        <source>{n} answers, {p:.0f}% right, in {k} sessions.</source>
        <translation>{n} jawaban, {p:.0f}% benar, dalam {k} sesi.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="332"/>
        <source>No answers yet on this lesson.</source>
        <translation>Belum ada jawaban untuk pelajaran ini.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="334"/>
        <source>{n} exam questions left unanswered.</source>
        <translation>{n} soal ujian tidak dijawab.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="350"/>
        <source>Practice</source>
        <translation>Latihan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="350"/>
        <source>Exam</source>
        <translation>Ujian</translation>
    </message>
</context>
<context>
    <name>ShortAnswerQuestion</name>
    <message>
        <location filename="../../sco_app/ui/question_kinds.py" line="26"/>
        <location filename="../../sco_app/ui/question_kinds.py" line="27"/>
        <source>Your answer</source>
        <translation>Jawaban Anda</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_kinds.py" line="32"/>
        <source>Type your answer (case and accents do not matter), then press Enter.</source>
        <translation>Ketik jawaban Anda (huruf besar-kecil dan tanda aksen tidak berpengaruh), lalu tekan Enter.</translation>
    </message>
</context>
<context>
    <name>SortQuestion</name>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="306"/>
        <source>Events to sort</source>
        <translation>Peristiwa yang akan dikelompokkan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="311"/>
        <source>Events {theory} explains</source>
        <translation>Peristiwa yang dijelaskan oleh {theory}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="321"/>
        <source>Back to the events to sort	Alt+0</source>
        <translation>Kembali ke peristiwa yang akan dikelompokkan	Alt+0</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="322"/>
        <source>Move &amp;to…</source>
        <translation>Pindahkan k&amp;e…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="323"/>
        <source>Move the chosen event to a theory (Alt+1 to Alt+9)</source>
        <translation>Pindahkan peristiwa terpilih ke sebuah teori (Alt+1 sampai Alt+9)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="331"/>
        <source>Drag each event into the box of its theory, or choose it and press Alt+1 to Alt+{n} (Alt+0 takes it back).</source>
        <translation>Seret setiap peristiwa ke kotak teorinya, atau pilih peristiwa itu lalu tekan Alt+1 sampai Alt+{n} (Alt+0 mengembalikannya).</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="333"/>
        <source>Events to sort:</source>
        <translation>Peristiwa yang akan dikelompokkan:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="357"/>
        <source>the events to sort</source>
        <translation>daftar peristiwa yang akan dikelompokkan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="358"/>
        <source>{title} moved to {where}</source>
        <translation>{title} dipindahkan ke {where}</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="204"/>
        <source>Lesson</source>
        <translation>Pelajaran</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="206"/>
        <source>Who is answering</source>
        <translation>Siapa yang menjawab</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="207"/>
        <source>Change pr&amp;ofile…</source>
        <translation>Ganti pr&amp;ofil…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="208"/>
        <source>My &amp;results</source>
        <translation>&amp;Hasil saya</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="210"/>
        <source>Questions due for review</source>
        <translation>Soal yang perlu diulang</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="212"/>
        <source>Exam settings</source>
        <translation>Pengaturan ujian</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="213"/>
        <source>Start &amp;practice</source>
        <translation>Mulai &amp;latihan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="214"/>
        <source>Start e&amp;xam</source>
        <translation>Mulai &amp;ujian</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="215"/>
        <source>Exam &amp;settings…</source>
        <translation>Pen&amp;gaturan ujian…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="220"/>
        <source>Practice</source>
        <translation>Latihan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="221"/>
        <source>Questions due for review come first. After every answer you see whether it was right, the feedback, and the paper&apos;s reading of the event.</source>
        <translation>Soal yang perlu diulang muncul lebih dulu. Setelah setiap jawaban, Anda melihat apakah jawaban itu benar, umpan baliknya, dan tafsiran makalah atas peristiwa tersebut.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="224"/>
        <source>Exam</source>
        <translation>Ujian</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="225"/>
        <source>No feedback and no going back until the end; then your score, by theory.</source>
        <translation>Tanpa umpan balik dan tanpa kembali ke soal sebelumnya sampai akhir; setelah itu skor Anda, menurut teori.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="258"/>
        <source>{n} questions</source>
        <translation>{n} soal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="259"/>
        <source>time limit {m} min</source>
        <translation>batas waktu {m} menit</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="259"/>
        <source>no time limit</source>
        <translation>tanpa batas waktu</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="260"/>
        <source>pass mark {p}%</source>
        <translation>nilai kelulusan {p}%</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="260"/>
        <source>no pass mark</source>
        <translation>tanpa nilai kelulusan</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <location filename="../../sco_app/ui/lrs_sync.py" line="106"/>
        <source>Class results server</source>
        <translation>Server hasil kelas</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_sync.py" line="114"/>
        <source>Class results: {q} queued, {s} sent</source>
        <translation>Hasil kelas: {q} antre, {s} terkirim</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_sync.py" line="116"/>
        <source>, {r} rejected</source>
        <translation>, {r} ditolak</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_sync.py" line="118"/>
        <source> (sending…)</source>
        <translation> (mengirim…)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_sync.py" line="120"/>
        <source> (server not reachable; next try in {n} s)</source>
        <translation> (server tidak terjangkau; dicoba lagi dalam {n} dtk)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_sync.py" line="122"/>
        <source> (the server refused the user name or password)</source>
        <translation> (server menolak nama pengguna atau kata sandi)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_sync.py" line="124"/>
        <source> (not sent: check Quiz ▸ Class results server…)</source>
        <translation> (tidak terkirim: periksa Kuis ▸ Server hasil kelas…)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_sync.py" line="126"/>
        <source> (waiting for another copy of the app to finish sending)</source>
        <translation> (menunggu salinan aplikasi lain selesai mengirim)</translation>
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
    <name>TourBar</name>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="40"/>
        <source>Tour:</source>
        <translation>Tur:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_bar.py" line="33"/>
        <source>Guided tour</source>
        <translation>Tur terpandu</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_bar.py" line="35"/>
        <source>Right, Space or Page Down: next step. Left or Page Up: previous step. Escape ends the tour.</source>
        <translation>Kanan, Spasi, atau Page Down: langkah berikutnya. Kiri atau Page Up: langkah sebelumnya. Escape mengakhiri tur.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_bar.py" line="42"/>
        <source>Tour</source>
        <translation>Tur</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_bar.py" line="44"/>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Sebelumnya</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_bar.py" line="44"/>
        <source>Previous step</source>
        <translation>Langkah sebelumnya</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_bar.py" line="46"/>
        <source>Go to step</source>
        <translation>Ke langkah</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_bar.py" line="52"/>
        <source>&amp;Next ▶</source>
        <translation>&amp;Berikutnya ▶</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_bar.py" line="52"/>
        <source>Next step</source>
        <translation>Langkah berikutnya</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_bar.py" line="53"/>
        <source>Check your &amp;understanding</source>
        <translation>&amp;Uji pemahaman Anda</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_bar.py" line="54"/>
        <source>Presenter (F5)</source>
        <translation>Presentasi (F5)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_bar.py" line="54"/>
        <source>Presenter mode</source>
        <translation>Mode presentasi</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_bar.py" line="56"/>
        <source>End tour</source>
        <translation>Akhiri tur</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_bar.py" line="61"/>
        <source>Step title</source>
        <translation>Judul langkah</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_bar.py" line="63"/>
        <source>What this step says</source>
        <translation>Isi langkah ini</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_bar.py" line="69"/>
        <source>Picture of this step</source>
        <translation>Gambar langkah ini</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_bar.py" line="81"/>
        <source>Step {n} of {count}: {title}</source>
        <translation>Langkah {n} dari {count}: {title}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_bar.py" line="97"/>
        <source>Step {n} of {count}</source>
        <translation>Langkah {n} dari {count}</translation>
    </message>
</context>
<context>
    <name>TourControls</name>
    <message>
        <location filename="../../sco_app/ui/tour_controls.py" line="31"/>
        <source>&amp;Tour</source>
        <translation>&amp;Tur</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_controls.py" line="33"/>
        <source>&amp;Presenter mode</source>
        <translation>Mode &amp;presentasi</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_controls.py" line="35"/>
        <source>Full screen with large type for a projector; Escape leaves</source>
        <translation>Layar penuh dengan huruf besar untuk proyektor; Escape untuk keluar</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_controls.py" line="38"/>
        <source>Reduce &amp;motion</source>
        <translation>Kurangi &amp;gerakan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_controls.py" line="41"/>
        <source>Tour steps and framing jump instead of gliding</source>
        <translation>Langkah tur dan pembingkaian melompat, tidak bergeser perlahan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_controls.py" line="58"/>
        <source>Start “{title}”</source>
        <translation>Mulai “{title}”</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_controls.py" line="63"/>
        <source>(this lesson has no tour)</source>
        <translation>(pelajaran ini tidak memiliki tur)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_controls.py" line="65"/>
        <source>&amp;End tour</source>
        <translation>&amp;Akhiri tur</translation>
    </message>
</context>
<context>
    <name>UserData</name>
    <message>
        <location filename="../../sco_app/ui/user_data.py" line="25"/>
        <source>Your saved progress cannot be opened now</source>
        <translation>Kemajuan Anda yang tersimpan tidak dapat dibuka sekarang</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/user_data.py" line="26"/>
        <source>The progress file is in use by another program or cannot be read ({0}). It was left as it is. Answers given until the app is started again will not be kept.</source>
        <translation>Berkas kemajuan sedang dipakai program lain atau tidak dapat dibaca ({0}). Berkas itu dibiarkan apa adanya. Jawaban yang diberikan sampai aplikasi dijalankan lagi tidak akan disimpan.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/user_data.py" line="31"/>
        <source>Your saved progress could not be read</source>
        <translation>Kemajuan belajar Anda yang tersimpan tidak dapat dibaca</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/user_data.py" line="32"/>
        <source>The progress file was damaged, so it was moved aside to
{0}
and a new one was started. Nothing was deleted: your teacher may be able to recover the old answers from that file.</source>
        <translation>Berkas kemajuan belajar rusak, sehingga dipindahkan ke
{0}
dan berkas baru telah dibuat. Tidak ada yang dihapus: pengajar Anda mungkin dapat memulihkan jawaban lama dari berkas tersebut.</translation>
    </message>
</context>
</TS>
