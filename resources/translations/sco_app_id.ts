<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>ActorsModel</name>
    <message>
        <location filename="../../sco_app/ui/actors_table.py" line="22"/>
        <source>State</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/actors_table.py" line="22"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/actors_table.py" line="22"/>
        <source>Status on the chosen date</source>
        <translation>Status pada tanggal yang dipilih</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/actors_table.py" line="22"/>
        <source>Since</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/actors_table.py" line="49"/>
        <source>{name} (organisation)</source>
        <translation>{name} (organisasi)</translation>
    </message>
</context>
<context>
    <name>ActorsTable</name>
    <message>
        <location filename="../../sco_app/ui/actors_table.py" line="67"/>
        <source>States and their status on the chosen date</source>
        <translation>Negara-negara dan statusnya pada tanggal yang dipilih</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/actors_table.py" line="69"/>
        <source>The map as text: one row per state with its status on the chosen date and every status it has had. Enter opens the state&apos;s card.</source>
        <translation>Peta dalam bentuk teks: satu baris untuk setiap negara, dengan statusnya pada tanggal yang dipilih dan setiap status yang pernah dimilikinya. Enter membuka kartu negara itu.</translation>
    </message>
</context>
<context>
    <name>ArgumentPanel</name>
    <message>
        <location filename="../../sco_app/ui/argument_panel.py" line="32"/>
        <source>The argument for the selected event</source>
        <translation>Argumen untuk peristiwa yang dipilih</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/argument_panel.py" line="34"/>
        <source>The selected event&apos;s date, place and actors, its reading by a theory, its causes and effects, its sources, and the passages of the source text the reading rests on (marked). Tab moves between links.</source>
        <translation>Tanggal, tempat, dan aktor peristiwa yang dipilih, tafsirannya menurut suatu teori, sebab dan akibatnya, sumbernya, serta bagian teks sumber yang menjadi dasar tafsiran itu (ditandai). Tab berpindah dari satu tautan ke tautan berikutnya.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/argument_panel.py" line="90"/>
        <source>today</source>
        <translation>sekarang</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/argument_panel.py" line="98"/>
        <source>The map draws today&apos;s de facto borders (Natural Earth) on every date, so Taiwan is apart from China; disputed areas are hatched and never filled with a claimant&apos;s status.</source>
        <translation>Peta menggambarkan batas de facto masa kini (Natural Earth) pada setiap tanggal, sehingga Taiwan terpisah dari Tiongkok; wilayah sengketa diarsir dan tidak pernah diberi warna status negara pengklaimnya.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/argument_panel.py" line="108"/>
        <source>During the exam the readings and the source text are hidden.</source>
        <translation>Selama ujian, tafsiran dan teks sumber disembunyikan.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/argument_panel.py" line="120"/>
        <source>Click an event on the timeline above, or press → to start at the first one, to read {argument} for it.</source>
        <translation>Klik sebuah peristiwa di lini masa di atas, atau tekan → untuk mulai dari peristiwa pertama, untuk membaca {argument} tentangnya.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/argument_panel.py" line="134"/>
        <source>The source texts</source>
        <translation>Teks-teks sumber</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/argument_panel.py" line="153"/>
        <source>(translated; the work is in {languages})</source>
        <translation>(terjemahan; karya ini berbahasa {languages})</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/argument_panel.py" line="160"/>
        <source>English</source>
        <translation>Inggris</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/argument_panel.py" line="160"/>
        <source>Indonesian</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/argument_panel.py" line="190"/>
        <source>Reading</source>
        <translation>Tafsiran</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/argument_panel.py" line="191"/>
        <source>Another reading</source>
        <translation>Tafsiran lain</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/argument_panel.py" line="193"/>
        <source>Caused by</source>
        <translation>Disebabkan oleh</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/argument_panel.py" line="194"/>
        <source>Led to</source>
        <translation>Berujung pada</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="8"/>
        <source>An organisation: the map has no shape for it.</source>
        <translation>Sebuah organisasi: peta tidak memiliki bentuk wilayah untuknya.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="9"/>
        <source>No status at any date of this lesson.</source>
        <translation>Tidak memiliki status pada tanggal mana pun dalam pelajaran ini.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="10"/>
        <source>Note:</source>
        <translation>Catatan:</translation>
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
        <source>Status over time</source>
        <translation>Status dari waktu ke waktu</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/argument_panel.py" line="134"/>
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
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="245"/>
        <source>{name}: {p}% right, {right} of {asked}</source>
        <translation>{name}: {p}% benar, {right} dari {asked}</translation>
    </message>
</context>
<context>
    <name>BlackScreen</name>
    <message>
        <location filename="../../sco_app/ui/presenter_layout.py" line="113"/>
        <source>Black screen</source>
        <translation>Layar hitam</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/presenter_layout.py" line="114"/>
        <source>B, the full stop or any clicker key shows the picture again</source>
        <translation>B, titik, atau tombol apa pun pada clicker presentasi menampilkan gambar kembali</translation>
    </message>
</context>
<context>
    <name>ClassQuestion</name>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="15"/>
        <source>Point to it on the map.</source>
        <translation>Tunjukkan di peta.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="16"/>
        <source>Say or write down your answer.</source>
        <translation>Ucapkan atau tuliskan jawaban Anda.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="17"/>
        <source>The answer:</source>
        <translation>Jawabannya:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="18"/>
        <source>Theories:</source>
        <translation>Teori:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="19"/>
        <source>Why:</source>
        <translation>Alasannya:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/class_question.py" line="39"/>
        <location filename="../../sco_app/ui/class_question.py" line="78"/>
        <location filename="../../sco_app/ui/class_question.py" line="94"/>
        <source>Question for the class</source>
        <translation>Pertanyaan untuk kelas</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/class_question.py" line="40"/>
        <source>The step&apos;s question, for the whole class; the next click shows the right answer and why. Nothing is recorded.</source>
        <translation>Pertanyaan langkah ini untuk seluruh kelas; klik berikutnya menampilkan jawaban yang benar beserta alasannya. Tidak ada yang dicatat.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/class_question.py" line="78"/>
        <location filename="../../sco_app/ui/class_question.py" line="94"/>
        <source>Answer</source>
        <translation>Jawaban</translation>
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
        <translation>Mahasiswa</translation>
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
        <translation>{n} jawaban dari {k} mahasiswa, {p:.0f}% benar. Pertanyaan tersulit ditampilkan lebih dulu.</translation>
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
    <name>DateLabels</name>
    <message>
        <location filename="../../sco_app/ui/date_labels.py" line="18"/>
        <source>known to the day</source>
        <translation>diketahui sampai hari</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/date_labels.py" line="19"/>
        <source>known to the month</source>
        <translation>diketahui sampai bulan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/date_labels.py" line="20"/>
        <source>known to the year</source>
        <translation>diketahui sampai tahun</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/date_labels.py" line="21"/>
        <source>known to part of the month</source>
        <translation>diketahui sampai bagian bulan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/date_labels.py" line="22"/>
        <source>known to part of the year</source>
        <translation>diketahui sampai bagian tahun</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/date_labels.py" line="23"/>
        <source>approximate</source>
        <translation>perkiraan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/date_labels.py" line="24"/>
        <source>the latest it can be</source>
        <translation>batas paling akhir</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/date_labels.py" line="25"/>
        <source>the earliest it can be</source>
        <translation>batas paling awal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/date_labels.py" line="32"/>
        <source>About the date:</source>
        <translation>Tentang tanggal ini:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/date_labels.py" line="33"/>
        <source>Sources disagree:</source>
        <translation>Sumber berbeda pendapat:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/date_labels.py" line="34"/>
        <source>An estimated date:</source>
        <translation>Tanggal perkiraan:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/date_labels.py" line="35"/>
        <source>Converted from another calendar:</source>
        <translation>Dikonversi dari kalender lain:</translation>
    </message>
</context>
<context>
    <name>EndPage</name>
    <message>
        <location filename="../../sco_app/ui/quiz_pages.py" line="89"/>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_pages.py" line="91"/>
        <source>&amp;Back to the start</source>
        <translation>Kembali ke &amp;awal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_pages.py" line="91"/>
        <source>Back to the start</source>
        <translation>Kembali ke awal</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <location filename="../../sco_app/ui/events_table.py" line="35"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/events_table.py" line="35"/>
        <source>Event</source>
        <translation>Peristiwa</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/events_table.py" line="35"/>
        <source>Lane</source>
        <translation>Jalur</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/events_table.py" line="35"/>
        <source>Theory</source>
        <translation>Teori</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/events_table.py" line="35"/>
        <source>Link</source>
        <translation>Dasar</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/events_table.py" line="95"/>
        <source>teaching reading</source>
        <translation>tafsiran pelajaran</translation>
    </message>
</context>
<context>
    <name>EventsTable</name>
    <message>
        <location filename="../../sco_app/ui/events_table.py" line="156"/>
        <source>Search events (title, description, country code)</source>
        <translation>Cari peristiwa (judul, uraian, kode negara)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/events_table.py" line="157"/>
        <source>Search events</source>
        <translation>Cari peristiwa</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/events_table.py" line="159"/>
        <source>The list shows the events that match; Enter opens the first one. Typing selects nothing.</source>
        <translation>Daftar menampilkan peristiwa yang cocok; Enter membuka yang pertama. Mengetik tidak memilih apa pun.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/events_table.py" line="164"/>
        <source>What the search found</source>
        <translation>Hasil pencarian</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/events_table.py" line="165"/>
        <source>Show all events</source>
        <translation>Tampilkan semua peristiwa</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/events_table.py" line="166"/>
        <source>Clear the filters</source>
        <translation>Hapus filter</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/events_table.py" line="167"/>
        <source>Switch off the theory, lane and country filters</source>
        <translation>Matikan filter teori, jalur, dan negara</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/events_table.py" line="174"/>
        <source>Events</source>
        <translation>Peristiwa</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/events_table.py" line="176"/>
        <source>The timeline as text: one row per event with its date, title, lane and reading. Moving to a row selects the event; Control+F searches the list.</source>
        <translation>Lini masa dalam bentuk teks: satu baris per peristiwa dengan tanggal, judul, jalur, dan tafsirannya. Berpindah ke sebuah baris memilih peristiwa itu; Control+F mencari dalam daftar.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/events_table.py" line="234"/>
        <source>1 event matches: press Enter to open it, or click it.</source>
        <translation>1 peristiwa cocok: tekan Enter untuk membukanya, atau klik peristiwa itu.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/events_table.py" line="236"/>
        <source>{count} events match: Enter opens the first, or click one.</source>
        <translation>{count} peristiwa cocok: Enter membuka yang pertama, atau klik salah satunya.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/events_table.py" line="238"/>
        <source>No event in the list matches: the filter ({filters}) hides every match ({count}).</source>
        <translation>Tidak ada peristiwa di daftar yang cocok: filter ({filters}) menyembunyikan semua yang cocok ({count}).</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/events_table.py" line="241"/>
        <source>No event matches “{query}”. Try a shorter word or another spelling.</source>
        <translation>Tidak ada peristiwa yang cocok dengan “{query}”. Coba kata yang lebih pendek atau ejaan lain.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/events_table.py" line="244"/>
        <source>The filter ({filters}) hides {count} more.</source>
        <translation>Filter ({filters}) menyembunyikan {count} lagi.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/events_table.py" line="253"/>
        <source>Theories: {0}</source>
        <translation>Teori: {0}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/events_table.py" line="254"/>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/events_table.py" line="255"/>
        <source>Lane: {0}</source>
        <translation>Jalur: {0}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/events_table.py" line="257"/>
        <source>Country: {0}</source>
        <translation>Negara: {0}</translation>
    </message>
</context>
<context>
    <name>ExamFlow</name>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="20"/>
        <source>Time left: {m}:{s:02d}</source>
        <translation>Sisa waktu: {m}:{s:02d}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_exam.py" line="154"/>
        <source>Skip this question?</source>
        <translation>Lewati soal ini?</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_exam.py" line="153"/>
        <source>It stays unanswered, and you cannot come back to it.</source>
        <translation>Soal ini tetap tidak terjawab, dan Anda tidak dapat kembali kepadanya.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_exam.py" line="43"/>
        <source>A student id is needed</source>
        <translation>NIM diperlukan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_exam.py" line="44"/>
        <source>This computer&apos;s lab settings ask for a student id before an exam, so that your results reach your teacher under your name. Choose or create a profile with your student id (Change profile…), then start the exam.</source>
        <translation>Pengaturan laboratorium di komputer ini meminta NIM sebelum ujian, agar hasil Anda sampai ke pengajar atas nama Anda. Pilih atau buat profil dengan NIM Anda (Ganti profil…), lalu mulai ujian.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_exam.py" line="94"/>
        <source>An exam was left unfinished: {name}, started {when}. {answered} of {asked} questions are answered and kept.</source>
        <translation>Ada ujian yang belum selesai: {name}, dimulai {when}. {answered} dari {asked} soal sudah dijawab dan tersimpan.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_exam.py" line="99"/>
        <source>Time left: {m}:{s:02d}.</source>
        <translation>Sisa waktu: {m}:{s:02d}.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_exam.py" line="100"/>
        <source>Its time is over: it can only be handed in.</source>
        <translation>Waktunya sudah habis: ujian ini hanya dapat dikumpulkan.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_exam.py" line="101"/>
        <source>&amp;Resume the exam</source>
        <translation>&amp;Lanjutkan ujian</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_exam.py" line="101"/>
        <location filename="../../sco_app/ui/quiz_exam.py" line="110"/>
        <source>&amp;Hand it in now</source>
        <translation>&amp;Kumpulkan sekarang</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_exam.py" line="101"/>
        <location filename="../../sco_app/ui/quiz_exam.py" line="105"/>
        <source>&amp;Not now</source>
        <translation>&amp;Nanti saja</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_exam.py" line="104"/>
        <source>Resume the exam?</source>
        <translation>Lanjutkan ujian?</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_exam.py" line="119"/>
        <source>The exam&apos;s clock pauses until you resume it.</source>
        <translation>Waktu ujian berhenti sampai Anda melanjutkannya.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_exam.py" line="120"/>
        <source>The exam&apos;s clock keeps running meanwhile.</source>
        <translation>Sementara itu waktu ujian tetap berjalan.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_exam.py" line="121"/>
        <source>Leave the exam?</source>
        <translation>Tinggalkan ujian?</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_exam.py" line="122"/>
        <source>Your answers so far are kept. Leave now and the exam is offered to resume when sco-app starts again, with the same questions and answers. {clock} Or hand the exam in as it is now.</source>
        <translation>Jawaban Anda sejauh ini tersimpan. Jika Anda keluar sekarang, ujian akan ditawarkan untuk dilanjutkan saat sco-app dibuka kembali, dengan soal dan jawaban yang sama. {clock} Atau kumpulkan ujian apa adanya sekarang.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_exam.py" line="124"/>
        <source>&amp;Leave, resume later</source>
        <translation>&amp;Keluar, lanjutkan nanti</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_exam.py" line="124"/>
        <source>&amp;Hand in now</source>
        <translation>&amp;Kumpulkan sekarang</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_exam.py" line="124"/>
        <source>&amp;Stay in the exam</source>
        <translation>&amp;Tetap dalam ujian</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_exam.py" line="152"/>
        <source>It stays unanswered for now: you can come back to it before you hand in the exam.</source>
        <translation>Soal ini dibiarkan tanpa jawaban untuk sementara: Anda dapat kembali ke soal ini sebelum mengumpulkan ujian.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_exam.py" line="154"/>
        <source>&amp;Skip it</source>
        <translation>&amp;Lewati</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_exam.py" line="154"/>
        <source>&amp;No, go back</source>
        <translation>&amp;Tidak, kembali</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_exam.py" line="164"/>
        <source>Hand in the exam?</source>
        <translation>Kumpulkan ujian?</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_exam.py" line="165"/>
        <source>You skipped {n} question(s). Hand in the exam as it is, or go back to them?</source>
        <translation>Anda melewati {n} soal. Kumpulkan ujian apa adanya, atau kembali ke soal-soal itu?</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_exam.py" line="166"/>
        <source>&amp;Hand in</source>
        <translation>&amp;Kumpulkan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_exam.py" line="166"/>
        <source>&amp;Go back to them</source>
        <translation>&amp;Kembali ke soal itu</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_exam.py" line="190"/>
        <source>Exam result</source>
        <translation>Hasil ujian</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_exam.py" line="191"/>
        <source>Your score and pass or fail, how many questions you answered, got right and left unanswered, your share right by theory, then every question with your answer and the right one.</source>
        <translation>Nilai Anda dan lulus atau tidak, berapa soal yang Anda jawab, yang benar, dan yang tidak dijawab, persentase benar per teori, lalu setiap soal dengan jawaban Anda dan jawaban yang benar.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_exam.py" line="194"/>
        <source>Exam — finished: your result</source>
        <translation>Ujian — selesai: hasil Anda</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_exam.py" line="197"/>
        <source>Exam result: {p}%</source>
        <translation>Hasil ujian: {p}%</translation>
    </message>
</context>
<context>
    <name>ExamSettingsDialog</name>
    <message>
        <location filename="../../sco_app/ui/exam_settings_dialog.py" line="40"/>
        <location filename="../../sco_app/ui/exam_settings_dialog.py" line="41"/>
        <source>Exam settings</source>
        <translation>Pengaturan ujian</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/exam_settings_dialog.py" line="43"/>
        <source>Number of questions</source>
        <translation>Jumlah soal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/exam_settings_dialog.py" line="43"/>
        <source> questions</source>
        <translation> soal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/exam_settings_dialog.py" line="44"/>
        <source>Time limit in minutes, 0 for none</source>
        <translation>Batas waktu dalam menit, 0 berarti tanpa batas</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/exam_settings_dialog.py" line="45"/>
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/exam_settings_dialog.py" line="45"/>
        <source>No time limit</source>
        <translation>Tanpa batas waktu</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/exam_settings_dialog.py" line="46"/>
        <source>Pass mark in per cent, 0 for none</source>
        <translation>Nilai kelulusan dalam persen, 0 berarti tanpa nilai kelulusan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/exam_settings_dialog.py" line="47"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/exam_settings_dialog.py" line="47"/>
        <source>No pass mark</source>
        <translation>Tanpa nilai kelulusan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/exam_settings_dialog.py" line="49"/>
        <source>Question types</source>
        <translation>Jenis soal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/exam_settings_dialog.py" line="55"/>
        <source>Shuffle the questions and the options</source>
        <translation>Acak urutan soal dan pilihan jawaban</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/exam_settings_dialog.py" line="56"/>
        <source>Show the right answers and feedback at the end</source>
        <translation>Tampilkan jawaban yang benar dan umpan balik di akhir</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/exam_settings_dialog.py" line="57"/>
        <source>A skipped question may be answered later in the exam</source>
        <translation>Soal yang dilewati boleh dijawab nanti dalam ujian</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/exam_settings_dialog.py" line="59"/>
        <source>The time limit counts only while the exam is open</source>
        <translation>Batas waktu hanya berjalan selama ujian terbuka</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/exam_settings_dialog.py" line="62"/>
        <source>&amp;Questions:</source>
        <translation>Jumlah &amp;soal:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/exam_settings_dialog.py" line="63"/>
        <source>&amp;Time limit:</source>
        <translation>&amp;Batas waktu:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/exam_settings_dialog.py" line="64"/>
        <source>&amp;Pass mark:</source>
        <translation>Nilai &amp;kelulusan:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/exam_settings_dialog.py" line="68"/>
        <source>&amp;Change (instructor)…</source>
        <translation>&amp;Ubah (pengajar)…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/exam_settings_dialog.py" line="70"/>
        <source>Change the exam settings (asks for the instructor PIN)</source>
        <translation>Ubah pengaturan ujian (meminta PIN pengajar)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/exam_settings_dialog.py" line="72"/>
        <source>Load exam &amp;file…</source>
        <translation>&amp;Muat berkas ujian…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/exam_settings_dialog.py" line="73"/>
        <source>Load the settings from an instructor&apos;s exam file</source>
        <translation>Muat pengaturan dari berkas ujian pengajar</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/exam_settings_dialog.py" line="74"/>
        <source>An exam file (YAML) sets the number of questions, their types, the time limit, the pass mark and the rest, for this pack</source>
        <translation>Berkas ujian (YAML) menetapkan jumlah soal, jenisnya, batas waktu, nilai lulus, dan lainnya, untuk paket ini</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/exam_settings_dialog.py" line="78"/>
        <source>Exam file</source>
        <translation>Berkas ujian</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/exam_settings_dialog.py" line="82"/>
        <source>Your instructor sets the exam. These are its settings.</source>
        <translation>Ujian ini diatur oleh pengajar Anda. Berikut pengaturannya.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/exam_settings_dialog.py" line="83"/>
        <source>the number of questions</source>
        <translation>jumlah soal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/exam_settings_dialog.py" line="84"/>
        <source>the question types</source>
        <translation>jenis soal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/exam_settings_dialog.py" line="85"/>
        <source>the time limit</source>
        <translation>batas waktu</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/exam_settings_dialog.py" line="86"/>
        <source>the pass mark</source>
        <translation>nilai kelulusan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/exam_settings_dialog.py" line="87"/>
        <source>shuffling</source>
        <translation>pengacakan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/exam_settings_dialog.py" line="88"/>
        <source>the feedback at the end</source>
        <translation>umpan balik di akhir</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/exam_settings_dialog.py" line="89"/>
        <source>going back to skipped questions</source>
        <translation>kembali ke soal yang dilewati</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/exam_settings_dialog.py" line="90"/>
        <source>how the time limit counts</source>
        <translation>cara batas waktu dihitung</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/exam_settings_dialog.py" line="91"/>
        <source>Set by your lab for every exam on this computer: {settings}.</source>
        <translation>Ditetapkan laboratorium Anda untuk setiap ujian di komputer ini: {settings}.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/exam_settings_dialog.py" line="93"/>
        <source>Set by your lab</source>
        <translation>Ditetapkan laboratorium Anda</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/exam_settings_dialog.py" line="122"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/exam_settings_dialog.py" line="122"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/exam_settings_dialog.py" line="134"/>
        <source>Load exam file</source>
        <translation>Muat berkas ujian</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/exam_settings_dialog.py" line="135"/>
        <source>Exam files (*.yaml *.yml);;All files (*)</source>
        <translation>Berkas ujian (*.yaml *.yml);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/exam_settings_dialog.py" line="148"/>
        <source>Exam file not used</source>
        <translation>Berkas ujian tidak dipakai</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/exam_settings_dialog.py" line="149"/>
        <source>The exam file {file} cannot be used: nothing was changed.</source>
        <translation>Berkas ujian {file} tidak dapat dipakai: tidak ada yang diubah.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sco_app/ui/exam_settings_dialog.py" line="155"/>
        <source>… and %n more (Show Details).</source>
        <translation>
            <numerusform>… dan %n lainnya (Tampilkan Rincian).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/exam_settings_dialog.py" line="164"/>
        <source>From the exam file {file}{title}.</source>
        <translation>Dari berkas ujian {file}{title}.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../sco_app/ui/filter_bar.py" line="101"/>
        <source>Theories:</source>
        <translation>Teori:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/filter_bar.py" line="104"/>
        <source>Lane:</source>
        <translation>Jalur:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/filter_bar.py" line="104"/>
        <source>Show one lane of events</source>
        <translation>Tampilkan satu jalur peristiwa</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/filter_bar.py" line="105"/>
        <source>Country:</source>
        <translation>Negara:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/filter_bar.py" line="105"/>
        <source>Show the events of one country</source>
        <translation>Tampilkan peristiwa satu negara</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/filter_bar.py" line="106"/>
        <source>Theory lens:</source>
        <translation>Lensa teori:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/filter_bar.py" line="106"/>
        <source>Fade everything but one theory, on the timeline and the map</source>
        <translation>Samarkan semua kecuali satu teori, di lini masa dan di peta</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/filter_bar.py" line="108"/>
        <source>Legend of the timeline</source>
        <translation>Legenda lini masa</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/filter_bar.py" line="173"/>
        <source>Show {0}</source>
        <translation>Tampilkan {0}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/filter_bar.py" line="189"/>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/filter_bar.py" line="189"/>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/filter_bar.py" line="212"/>
        <source>bold edge: {own} reading</source>
        <translation>tepi tebal: {own} sendiri</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/filter_bar.py" line="198"/>
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
        <translation>&amp;Tafsiran artikel</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/handout_dialog.py" line="42"/>
        <source>Choose the events the paper itself reads</source>
        <translation>Pilih peristiwa yang ditafsirkan oleh artikel itu sendiri</translation>
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
        <translation>Handout ini juga memuat halaman judul, lini masa, peta beserta legendanya, kuis, dan kunci jawabannya pada halaman terpisah.</translation>
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
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="21"/>
        <source>Answer key</source>
        <translation>Kunci jawaban</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="22"/>
        <source>Answer:</source>
        <translation>Jawaban:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="23"/>
        <source>Choose from:</source>
        <translation>Pilih dari:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="24"/>
        <source>Lesson pack</source>
        <translation>Paket pelajaran</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="25"/>
        <source>On paper: name the state.</source>
        <translation>Di kertas: tuliskan nama negaranya.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="26"/>
        <source>Quiz</source>
        <translation>Kuis</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="27"/>
        <source>Sources</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="28"/>
        <source>The argument, episode by episode</source>
        <translation>Argumen, peristiwa demi peristiwa</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="29"/>
        <source>The source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="30"/>
        <source>The sources</source>
        <translation>Sumber-sumber</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="31"/>
        <source>Theories</source>
        <translation>Teori</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/handout.py" line="180"/>
        <source>Timeline of the episodes</source>
        <translation>Lini masa peristiwa</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/handout.py" line="181"/>
        <source>Statuses on {0}, with the legend</source>
        <translation>Status pada {0}, beserta legendanya</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/handout.py" line="237"/>
        <source>Reading</source>
        <translation>Tafsiran</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/handout.py" line="237"/>
        <source>Another reading</source>
        <translation>Tafsiran lain</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="22"/>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
</context>
<context>
    <name>InstructorMode</name>
    <message>
        <location filename="../../sco_app/ui/instructor_mode.py" line="39"/>
        <source>Instructor mode is locked</source>
        <translation>Mode pengajar terkunci</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/instructor_mode.py" line="40"/>
        <source>The lab settings file has a problem, so instructor mode stays locked until it is fixed:
{problem}</source>
        <translation>Berkas pengaturan laboratorium bermasalah, sehingga mode pengajar tetap terkunci sampai berkas itu diperbaiki:
{problem}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/instructor_mode.py" line="44"/>
        <location filename="../../sco_app/ui/instructor_mode.py" line="50"/>
        <source>Instructor mode</source>
        <translation>Mode pengajar</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/instructor_mode.py" line="45"/>
        <source>This computer&apos;s lab asks for the instructor PIN:</source>
        <translation>Laboratorium komputer ini meminta PIN pengajar:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/instructor_mode.py" line="50"/>
        <source>That is not the instructor PIN.</source>
        <translation>Itu bukan PIN pengajar.</translation>
    </message>
</context>
<context>
    <name>LecturerView</name>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="32"/>
        <source>Next:</source>
        <translation>Berikutnya:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="33"/>
        <source>No tour is playing</source>
        <translation>Tidak ada tur yang sedang berjalan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="34"/>
        <source>Step {n} of {count}</source>
        <translation>Langkah {n} dari {count}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="35"/>
        <source>This is the last step.</source>
        <translation>Ini langkah terakhir.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lecturer_view.py" line="30"/>
        <source>sco-app — lecturer&apos;s view</source>
        <translation>sco-app — tampilan dosen</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lecturer_view.py" line="31"/>
        <source>Lecturer&apos;s view</source>
        <translation>Tampilan dosen</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lecturer_view.py" line="36"/>
        <source>Where the tour is</source>
        <translation>Posisi tur</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lecturer_view.py" line="37"/>
        <source>The projection is black (B or . shows it again)</source>
        <translation>Proyeksi sedang hitam (B atau . menampilkannya kembali)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lecturer_view.py" line="38"/>
        <source>The projection is black</source>
        <translation>Proyeksi sedang hitam</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lecturer_view.py" line="41"/>
        <source>Clock</source>
        <translation>Jam</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lecturer_view.py" line="47"/>
        <source>This step&apos;s narrative</source>
        <translation>Narasi langkah ini</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lecturer_view.py" line="49"/>
        <source>The class question and its answer</source>
        <translation>Pertanyaan untuk kelas beserta jawabannya</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lecturer_view.py" line="51"/>
        <source>The next step</source>
        <translation>Langkah berikutnya</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lecturer_view.py" line="57"/>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Sebelumnya</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lecturer_view.py" line="57"/>
        <source>Previous step</source>
        <translation>Langkah sebelumnya</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lecturer_view.py" line="58"/>
        <source>&amp;Next ▶</source>
        <translation>&amp;Berikutnya ▶</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lecturer_view.py" line="58"/>
        <source>Next step</source>
        <translation>Langkah berikutnya</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lecturer_view.py" line="59"/>
        <source>&amp;Ask the class</source>
        <translation>&amp;Tanyakan ke kelas</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lecturer_view.py" line="60"/>
        <source>&amp;Black screen (B)</source>
        <translation>Layar &amp;hitam (B)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lecturer_view.py" line="62"/>
        <source>&amp;Leave presenter mode</source>
        <translation>&amp;Keluar dari mode presentasi</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lecturer_view.py" line="116"/>
        <source>{time} · presenting for {h}:{m:02d}</source>
        <translation>{time} · presentasi berjalan {h}:{m:02d}</translation>
    </message>
</context>
<context>
    <name>LrsSettingsDialog</name>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="101"/>
        <location filename="../../sco_app/ui/lrs_settings.py" line="102"/>
        <source>Class results server</source>
        <translation>Server hasil kelas</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="103"/>
        <source>Answers can also go to your school&apos;s Learning Record Store (xAPI), where the instructor sees the whole class. They wait on this computer until the server has them, so nothing is lost when the network is down.</source>
        <translation>Jawaban juga dapat dikirim ke Learning Record Store (xAPI) milik institusi Anda, tempat pengajar dapat melihat hasil seluruh kelas. Jawaban disimpan di komputer ini sampai server menerimanya, sehingga tidak ada yang hilang saat jaringan terputus.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="106"/>
        <source>About the class results server</source>
        <translation>Tentang server hasil kelas</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="109"/>
        <source>&amp;Send answers to the server</source>
        <translation>&amp;Kirim jawaban ke server</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="117"/>
        <source>Server address</source>
        <translation>Alamat server</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="124"/>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="129"/>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="131"/>
        <source>(saved; type to change)</source>
        <translation>(tersimpan; ketik untuk mengganti)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="133"/>
        <source>Server &amp;address (set by your lab):</source>
        <translation>&amp;Alamat server (ditetapkan laboratorium Anda):</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="134"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Alamat server:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="134"/>
        <source>&amp;User name:</source>
        <translation>Nama &amp;pengguna:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="135"/>
        <source>&amp;Password:</source>
        <translation>Kata &amp;sandi:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="139"/>
        <source>Your lab has set the server&apos;s address: ask your instructor for the user name and password.</source>
        <translation>Laboratorium Anda telah menetapkan alamat server: tanyakan nama pengguna dan kata sandi kepada pengajar Anda.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="141"/>
        <source>The lesson suggests the server {0}. Save only if your instructor gave you this address: the user name and password go to it.</source>
        <translation>Pelajaran ini menyarankan server {0}. Simpan hanya jika pengajar Anda memberikan alamat ini: nama pengguna dan kata sandi akan dikirim ke sana.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="147"/>
        <source>This computer has no keychain for passwords: the password is kept in a file that only your account can read.</source>
        <translation>Komputer ini tidak memiliki penyimpan kata sandi (keychain): kata sandi disimpan dalam berkas yang hanya dapat dibaca oleh akun Anda.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="150"/>
        <source>Where the password is kept</source>
        <translation>Tempat kata sandi disimpan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="181"/>
        <source>The address is not usable: it must start with http:// or https://, name a server, have a port number from 1 to 65535 if it has one, and hold no spaces, accented letters, user name or password.</source>
        <translation>Alamat tidak dapat dipakai: harus diawali http:// atau https://, menyebut nama server, memakai nomor port 1 sampai 65535 bila ada, dan tidak memuat spasi, huruf beraksen, nama pengguna, atau kata sandi.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="187"/>
        <source>A password may not go over plain http:// to another computer: anyone on the way could read it. Use the server&apos;s https:// address.</source>
        <translation>Kata sandi tidak boleh dikirim lewat http:// biasa ke komputer lain: siapa pun di jalur pengirimannya dapat membacanya. Pakai alamat https:// server tersebut.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="190"/>
        <source>The address has changed: type the password for this server (the saved one is only sent to {0}).</source>
        <translation>Alamat telah berubah: ketik kata sandi untuk server ini (kata sandi yang tersimpan hanya dikirim ke {0}).</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="191"/>
        <source>no server</source>
        <translation>tidak ada server</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="144"/>
        <source>Ask your instructor for the address, user name and password.</source>
        <translation>Tanyakan alamat, nama pengguna, dan kata sandi kepada pengajar Anda.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="108"/>
        <source>&amp;Send answers to the server (set by your lab)</source>
        <translation>&amp;Kirim jawaban ke server (ditetapkan laboratorium Anda)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="116"/>
        <source>Server address, set by your lab</source>
        <translation>Alamat server, ditetapkan laboratorium Anda</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="146"/>
        <source>Hint</source>
        <translation>Petunjuk</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="154"/>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="157"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="158"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="179"/>
        <source>Give the server&apos;s address.</source>
        <translation>Isi alamat server.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_settings.py" line="185"/>
        <source>Give the user name.</source>
        <translation>Isi nama pengguna.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sco_app/ui/view_steps.py" line="40"/>
        <source>Opening the lesson</source>
        <translation>Membuka pelajaran</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/view_steps.py" line="49"/>
        <source>Opening the timeline…</source>
        <translation>Membuka lini masa…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/view_steps.py" line="50"/>
        <source>Opening the map…</source>
        <translation>Membuka peta…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/view_steps.py" line="51"/>
        <source>Opening the events list…</source>
        <translation>Membuka daftar peristiwa…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/view_steps.py" line="52"/>
        <source>Opening the states list…</source>
        <translation>Membuka daftar negara…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/view_steps.py" line="53"/>
        <source>Opening the quiz…</source>
        <translation>Membuka kuis…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/view_steps.py" line="54"/>
        <source>Opening the argument…</source>
        <translation>Membuka argumen…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/view_steps.py" line="66"/>
        <source>Map, events list and quiz</source>
        <translation>Peta, daftar peristiwa, dan kuis</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/view_steps.py" line="67"/>
        <source>&amp;Map</source>
        <translation>&amp;Peta</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/view_steps.py" line="68"/>
        <source>&amp;Events list</source>
        <translation>&amp;Daftar peristiwa</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/view_steps.py" line="69"/>
        <source>&amp;States list</source>
        <translation>Daftar &amp;negara</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/view_steps.py" line="70"/>
        <source>&amp;Quiz</source>
        <translation>&amp;Kuis</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="123"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="124"/>
        <source>&amp;Open lesson pack folder…</source>
        <translation>&amp;Buka folder paket pelajaran…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="126"/>
        <source>Open lesson pack &amp;zip…</source>
        <translation>Buka berkas &amp;zip paket pelajaran…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="128"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Terakhir dibuka</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="130"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="134"/>
        <source>Lesson pack &amp;library…</source>
        <translation>&amp;Pustaka paket pelajaran…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="139"/>
        <source>Export &amp;handout…</source>
        <translation>Ekspor &amp;handout…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="144"/>
        <source>&amp;Go</source>
        <translation>&amp;Navigasi</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="145"/>
        <source>&amp;Previous event</source>
        <translation>&amp;Peristiwa sebelumnya</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="147"/>
        <source>&amp;Next event</source>
        <translation>Peristiwa &amp;berikutnya</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="149"/>
        <source>&amp;Find event</source>
        <translation>&amp;Cari peristiwa</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="152"/>
        <source>Qui&amp;z</source>
        <translation>Ku&amp;is</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="153"/>
        <source>&amp;Practice</source>
        <translation>&amp;Latihan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="153"/>
        <source>&amp;Exam</source>
        <translation>&amp;Ujian</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="154"/>
        <source>Exam &amp;settings…</source>
        <translation>Pen&amp;gaturan ujian…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="154"/>
        <source>&amp;Results</source>
        <translation>&amp;Hasil</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="161"/>
        <source>&amp;Class results…</source>
        <translation>Hasil &amp;kelas…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="162"/>
        <source>Class results ser&amp;ver…</source>
        <translation>Ser&amp;ver hasil kelas…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="167"/>
        <source>&amp;Instructor mode</source>
        <translation>Mode pen&amp;gajar</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="169"/>
        <source>Exam settings, class results and the results server, with the instructor PIN this lab has set</source>
        <translation>Pengaturan ujian, hasil kelas, dan server hasil, dengan PIN pengajar yang ditetapkan laboratorium ini</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="177"/>
        <source>&amp;View</source>
        <translation>Ta&amp;mpilan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="178"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Perbesar</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="179"/>
        <source>Zoom &amp;out</source>
        <translation>Per&amp;kecil</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="180"/>
        <source>&amp;Normal size</source>
        <translation>Ukuran &amp;normal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="186"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Kontras tinggi</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="190"/>
        <source>White on black with a yellow focus and selection, and wider lines</source>
        <translation>Teks putih di atas latar hitam, dengan fokus dan pilihan berwarna kuning, serta garis yang lebih tebal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="193"/>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="200"/>
        <source>&amp;Tour</source>
        <translation>&amp;Tur</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="201"/>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="202"/>
        <source>&amp;Welcome…</source>
        <translation>Selamat &amp;datang…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="203"/>
        <source>&amp;Quick guide</source>
        <translation>Panduan &amp;singkat</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="206"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pintasan papan ketik</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="207"/>
        <source>Start the &amp;tour</source>
        <translation>&amp;Mulai tur</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="212"/>
        <source>&amp;About sco-app</source>
        <translation>&amp;Tentang sco-app</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="362"/>
        <source>Open a lesson pack folder</source>
        <translation>Buka folder paket pelajaran</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="367"/>
        <source>Open a lesson pack zip</source>
        <translation>Buka berkas zip paket pelajaran</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="368"/>
        <source>Lesson packs (*.zip)</source>
        <translation>Paket pelajaran (*.zip)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="379"/>
        <source>(none yet)</source>
        <translation>(belum ada)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="402"/>
        <source>About sco-app</source>
        <translation>Tentang sco-app</translation>
    </message>
    <message>
        <location filename="../../sco_app/app.py" line="334"/>
        <source>This lesson pack has problems</source>
        <translation>Paket pelajaran ini bermasalah</translation>
    </message>
    <message>
        <location filename="../../sco_app/app.py" line="384"/>
        <source>Could not open the lesson pack used last, {pack}; the built-in lesson is shown instead.</source>
        <translation>Paket pelajaran yang terakhir dipakai, {pack}, tidak dapat dibuka; pelajaran bawaan ditampilkan sebagai gantinya.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="36"/>
        <source>Country shapes: Made with Natural Earth (public domain).</source>
        <translation>Bentuk negara: dibuat dengan Natural Earth (domain publik).</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="37"/>
        <source>The app: MIT licence. The SCO lesson pack: CC BY 4.0.</source>
        <translation>Aplikasi: lisensi MIT. Paket pelajaran SCO: CC BY 4.0.</translation>
    </message>
</context>
<context>
    <name>MapQuestion</name>
    <message>
        <location filename="../../sco_app/ui/map_question.py" line="35"/>
        <source>Go to the m&amp;ap</source>
        <translation>Buka pet&amp;a</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_question.py" line="36"/>
        <source>Go to the map to click the state</source>
        <translation>Buka peta untuk mengklik negaranya</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_question.py" line="38"/>
        <source>Type to find a state</source>
        <translation>Ketik untuk mencari negara</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_question.py" line="39"/>
        <source>Find a state by name</source>
        <translation>Cari negara menurut nama</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_question.py" line="42"/>
        <source>States on the map, by name</source>
        <translation>Negara-negara pada peta, menurut nama</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_question.py" line="101"/>
        <source>You chose the state outlined on the map.</source>
        <translation>Anda memilih negara yang bergaris tepi di peta.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_question.py" line="52"/>
        <source>You chose: nothing yet</source>
        <translation>Pilihan Anda: belum ada</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_question.py" line="59"/>
        <source>Click the state on the map, then Confirm; or type its name here and choose it in the list, then Check (Enter).</source>
        <translation>Klik negaranya di peta, lalu Konfirmasi; atau ketik namanya di sini dan pilih dari daftar, lalu Periksa (Enter).</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_question.py" line="100"/>
        <source>You chose: {name}</source>
        <translation>Pilihan Anda: {name}</translation>
    </message>
</context>
<context>
    <name>MapQuestionBar</name>
    <message>
        <location filename="../../sco_app/ui/map_question.py" line="129"/>
        <source>Map question</source>
        <translation>Soal peta</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_question.py" line="131"/>
        <source>Question</source>
        <translation>Soal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_question.py" line="134"/>
        <source>Your choice</source>
        <translation>Pilihan Anda</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_question.py" line="137"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Konfirmasi</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_question.py" line="137"/>
        <source>Confirm the state chosen (Enter)</source>
        <translation>Konfirmasi negara yang dipilih (Enter)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_question.py" line="138"/>
        <source>&amp;Back to the quiz</source>
        <translation>Kem&amp;bali ke kuis</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_question.py" line="138"/>
        <source>Back to the quiz (list of states)</source>
        <translation>Kembali ke kuis (daftar negara)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_question.py" line="154"/>
        <source>Click a state to choose it; Confirm commits your answer.</source>
        <translation>Klik sebuah negara untuk memilihnya; Konfirmasi menetapkan jawaban Anda.</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="98"/>
        <source>Map</source>
        <translation>Peta</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="99"/>
        <source>The map&apos;s drawing; the map view around it and the States list say what it shows.</source>
        <translation>Gambar peta; tampilan peta di sekelilingnya dan Daftar negara menjelaskan isinya.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="105"/>
        <source>Map of statuses on the chosen date</source>
        <translation>Peta status pada tanggal yang dipilih</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="389"/>
        <source>No status</source>
        <translation>Tanpa status</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="361"/>
        <source>Event</source>
        <translation>Peristiwa</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="375"/>
        <source>Disputed area (Natural Earth), no status</source>
        <translation>Wilayah sengketa (Natural Earth), tanpa status</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="267"/>
        <source>Status on {date}</source>
        <translation>Status pada {date}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="106"/>
        <source>Plus and minus zoom, 0 frames the lesson&apos;s states again, drag to pan; L folds or opens the legends.</source>
        <translation>Plus dan minus untuk memperbesar dan memperkecil, 0 membingkai kembali negara-negara dalam pelajaran, seret untuk menggeser; L melipat atau membuka legenda.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="112"/>
        <source>States</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="267"/>
        <source>No date chosen</source>
        <translation>Belum ada tanggal yang dipilih</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="373"/>
        <source>Later than the date</source>
        <translation>Sesudah tanggal yang dipilih</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="378"/>
        <source>States in the chosen event</source>
        <translation>Negara dalam peristiwa yang dipilih</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="380"/>
        <source>Lens: {theory}</source>
        <translation>Lensa: {theory}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="383"/>
        <source>Events</source>
        <translation>Peristiwa</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="458"/>
        <source>Status on {date}: {status}</source>
        <translation>Status pada {date}: {status}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="464"/>
        <source>Claimants: {names}</source>
        <translation>Pihak pengklaim: {names}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="383"/>
        <source>Events, by reading</source>
        <translation>Peristiwa, menurut tafsiran</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="38"/>
        <source>Natural Earth:</source>
        <translation>Natural Earth:</translation>
    </message>
</context>
<context>
    <name>NewPinDialog</name>
    <message>
        <location filename="../../sco_app/ui/profile_pins.py" line="59"/>
        <source>New PIN for {name}</source>
        <translation>PIN baru untuk {name}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_pins.py" line="61"/>
        <source>Type a PIN of at least {n} characters twice. Whoever chooses this profile on this computer will be asked for it.</source>
        <translation>Ketikkan PIN minimal {n} karakter dua kali. Siapa pun yang memilih profil ini di komputer ini akan diminta memasukkannya.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_pins.py" line="64"/>
        <source>New PIN</source>
        <translation>PIN baru</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_pins.py" line="66"/>
        <source>The same PIN again</source>
        <translation>PIN yang sama sekali lagi</translation>
    </message>
</context>
<context>
    <name>OptionsQuestion</name>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="154"/>
        <source>Choose every right option (keys 1 to {n} tick them), then press Enter.</source>
        <translation>Centang semua opsi yang benar (tombol 1 sampai {n}), lalu tekan Enter.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="155"/>
        <source>Choose one option (keys 1 to {n}), then press Enter.</source>
        <translation>Pilih satu opsi (tombol 1 sampai {n}), lalu tekan Enter.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="197"/>
        <source>right</source>
        <translation>benar</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="199"/>
        <source>defensible</source>
        <translation>dapat dipertahankan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="201"/>
        <source>wrong</source>
        <translation>salah</translation>
    </message>
</context>
<context>
    <name>OrderQuestion</name>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="218"/>
        <source>Events to put in order, earliest first</source>
        <translation>Peristiwa yang harus diurutkan, dari yang paling awal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="221"/>
        <source>Move &amp;up</source>
        <translation>Geser ke &amp;atas</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="221"/>
        <source>Move &amp;down</source>
        <translation>Geser ke ba&amp;wah</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="222"/>
        <source>Move the chosen event up (Alt+Up)</source>
        <translation>Geser peristiwa yang dipilih ke atas (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="223"/>
        <source>Move the chosen event down (Alt+Down)</source>
        <translation>Geser peristiwa yang dipilih ke bawah (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="235"/>
        <source>Drag the events into order, or choose one and press Alt+Up or Alt+Down.</source>
        <translation>Seret peristiwa-peristiwa ini ke urutan yang benar, atau pilih satu lalu tekan Alt+Up atau Alt+Down.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="248"/>
        <source>{title} is now number {n} of {count}</source>
        <translation>{title} kini di urutan {n} dari {count}</translation>
    </message>
</context>
<context>
    <name>PackLibraryDialog</name>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="61"/>
        <location filename="../../sco_app/ui/pack_library.py" line="62"/>
        <source>Lesson pack library</source>
        <translation>Pustaka paket pelajaran</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="63"/>
        <source>The lesson packs on this computer: those built into the app, those in your library and those in shared folders. Choose one and press Enter to open it.</source>
        <translation>Paket pelajaran di komputer ini: yang bawaan aplikasi, yang ada di pustaka Anda, dan yang ada di folder bersama. Pilih satu lalu tekan Enter untuk membukanya.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="67"/>
        <source>Shared folders set by your lab: {folders}</source>
        <translation>Folder bersama yang ditetapkan laboratorium Anda: {folders}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="69"/>
        <source>Folders set by your lab</source>
        <translation>Folder yang ditetapkan laboratorium Anda</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="75"/>
        <source>Lesson packs</source>
        <translation>Paket pelajaran</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="76"/>
        <source>Title, version, languages, authors, whether the pack validates, and where it is</source>
        <translation>Judul, versi, bahasa, penulis, apakah paket lolos pemeriksaan, dan lokasinya</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="92"/>
        <source>About the chosen pack</source>
        <translation>Tentang paket yang dipilih</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="96"/>
        <source>Checking the lesson packs</source>
        <translation>Memeriksa paket pelajaran</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="106"/>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="106"/>
        <source>Open the chosen pack in the app</source>
        <translation>Buka paket yang dipilih di aplikasi</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="109"/>
        <location filename="../../sco_app/ui/pack_library.py" line="242"/>
        <source>&amp;Install into library</source>
        <translation>&amp;Pasang ke pustaka</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="110"/>
        <source>Copy the chosen pack into your library</source>
        <translation>Salin paket yang dipilih ke pustaka Anda</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="111"/>
        <source>Import &amp;zip…</source>
        <translation>Impor &amp;zip…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="112"/>
        <source>Choose a lesson pack zip and install it into your library</source>
        <translation>Pilih berkas zip paket pelajaran dan pasang ke pustaka Anda</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="114"/>
        <source>Add &amp;folder…</source>
        <translation>Tambah &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="115"/>
        <source>Add a folder of lesson packs, such as a shared folder, to the list</source>
        <translation>Tambahkan folder berisi paket pelajaran, misalnya folder bersama, ke daftar</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="117"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="117"/>
        <source>Close the library</source>
        <translation>Tutup pustaka</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="162"/>
        <location filename="../../sco_app/ui/pack_library.py" line="223"/>
        <source>Looking for lesson packs…</source>
        <translation>Mencari paket pelajaran…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="198"/>
        <source>Checking the lesson packs: {done} of {total}…</source>
        <translation>Memeriksa paket pelajaran: {done} dari {total}…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="200"/>
        <source>{done} of {total} lesson packs were checked in {seconds:g} s; the others are checked when you choose them.</source>
        <translation>{done} dari {total} paket pelajaran diperiksa dalam {seconds:g} detik; paket lainnya diperiksa saat Anda memilihnya.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="204"/>
        <source>Lesson packs found: {total}.</source>
        <translation>Paket pelajaran yang ditemukan: {total}.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="206"/>
        <source>{folder} holds {count} more packs than the {limit} listed from one folder; share them in several folders to see them all.</source>
        <translation>{folder} berisi {count} paket lebih banyak daripada {limit} paket yang ditampilkan dari satu folder; bagikan paket itu dalam beberapa folder agar semuanya terlihat.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="224"/>
        <source>No lesson packs were found.</source>
        <translation>Tidak ada paket pelajaran yang ditemukan.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="229"/>
        <source>{path}: being checked…</source>
        <translation>{path}: sedang diperiksa…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="235"/>
        <source>{title}, version {version}, id {id}: {path}</source>
        <translation>{title}, versi {version}, id {id}: {path}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="239"/>
        <source>It cannot be opened until its problems are fixed; the first: {problem}</source>
        <translation>Paket ini tidak dapat dibuka sebelum masalahnya diperbaiki; yang pertama: {problem}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="246"/>
        <source>&amp;Update library copy</source>
        <translation>&amp;Perbarui salinan di pustaka</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="247"/>
        <source>An update of version {old} in your library; students&apos; progress is kept.</source>
        <translation>Pembaruan untuk versi {old} di pustaka Anda; kemajuan belajar mahasiswa tetap tersimpan.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="251"/>
        <source>Version {version} is already on this computer ({where}).</source>
        <translation>Versi {version} sudah ada di komputer ini ({where}).</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="272"/>
        <source>Import a lesson pack zip</source>
        <translation>Impor berkas zip paket pelajaran</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="273"/>
        <source>Lesson packs (*.zip)</source>
        <translation>Paket pelajaran (*.zip)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="282"/>
        <location filename="../../sco_app/ui/pack_library.py" line="308"/>
        <source>This lesson pack has problems</source>
        <translation>Paket pelajaran ini bermasalah</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="283"/>
        <source>It was not imported.</source>
        <translation>Paket ini tidak diimpor.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="291"/>
        <source>Update the lesson pack?</source>
        <translation>Perbarui paket pelajaran?</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="292"/>
        <source>“{title}” version {old} is on this computer. Install version {new} in its place? Students&apos; answers and review schedule are kept.</source>
        <translation>“{title}” versi {old} ada di komputer ini. Pasang versi {new} sebagai penggantinya? Jawaban dan jadwal pengulangan mahasiswa tetap tersimpan.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="299"/>
        <source>Already on this computer</source>
        <translation>Sudah ada di komputer ini</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="300"/>
        <source>“{title}” version {version} is already here ({where}); version {new} was not installed.</source>
        <translation>“{title}” versi {version} sudah ada di sini ({where}); versi {new} tidak dipasang.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="314"/>
        <source>Version {new} of “{title}” could not be installed, so version {old} stays in your library, unchanged. Close any program using its files and try again.</source>
        <translation>Versi {new} dari “{title}” tidak dapat dipasang, jadi versi {old} tetap ada di pustaka Anda tanpa perubahan. Tutup program yang memakai berkasnya, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="318"/>
        <source>“{title}” could not be installed: your library folder could not be written.</source>
        <translation>“{title}” tidak dapat dipasang: folder pustaka Anda tidak dapat ditulisi.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="321"/>
        <source>The pack could not be installed</source>
        <translation>Paket tidak dapat dipasang</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="322"/>
        <source>The system said: {error}</source>
        <translation>Pesan sistem: {error}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_library.py" line="346"/>
        <source>Add a folder of lesson packs</source>
        <translation>Tambahkan folder paket pelajaran</translation>
    </message>
</context>
<context>
    <name>PackWatcher</name>
    <message>
        <location filename="../../sco_app/ui/pack_watcher.py" line="303"/>
        <source>The lesson pack on disk has problems; the last good version stays on screen.</source>
        <translation>Paket pelajaran di disk bermasalah; versi baik terakhir tetap ditampilkan.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_watcher.py" line="306"/>
        <source>Checking the changed lesson pack is taking a while; the pack on screen stays until the check is done.</source>
        <translation>Pemeriksaan paket pelajaran yang berubah memerlukan waktu; paket di layar tetap ditampilkan sampai pemeriksaan selesai.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_watcher.py" line="309"/>
        <source>The lesson pack changed on disk and was loaded again.</source>
        <translation>Paket pelajaran di disk berubah dan telah dimuat ulang.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/pack_watcher.py" line="313"/>
        <source>&amp;Problems in the lesson pack</source>
        <translation>&amp;Masalah dalam paket pelajaran</translation>
    </message>
</context>
<context>
    <name>PacksModel</name>
    <message>
        <location filename="../../sco_app/ui/packs_model.py" line="18"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/packs_model.py" line="18"/>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/packs_model.py" line="18"/>
        <source>Languages</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/packs_model.py" line="18"/>
        <source>Authors</source>
        <translation>Penulis</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/packs_model.py" line="19"/>
        <source>Validates</source>
        <translation>Lolos pemeriksaan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/packs_model.py" line="19"/>
        <source>Where</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/packs_model.py" line="40"/>
        <source>built into the app</source>
        <translation>bawaan aplikasi</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/packs_model.py" line="42"/>
        <source>your library</source>
        <translation>pustaka Anda</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/packs_model.py" line="44"/>
        <source>{place} (read-only)</source>
        <translation>{place} (hanya-baca)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/packs_model.py" line="48"/>
        <source>checking…</source>
        <translation>sedang diperiksa…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/packs_model.py" line="48"/>
        <source>not checked yet</source>
        <translation>belum diperiksa</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/packs_model.py" line="51"/>
        <source>no: {errors} error(s)</source>
        <translation>tidak: {errors} kesalahan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/packs_model.py" line="52"/>
        <source>yes, {warnings} warning(s)</source>
        <translation>ya, {warnings} peringatan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/packs_model.py" line="52"/>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/packs_model.py" line="68"/>
        <source>{version} (updates {old})</source>
        <translation>{version} (memperbarui {old})</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/packs_model.py" line="78"/>
        <source>id: {id}</source>
        <translation>id: {id}</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../sco_app/ui/profile_pins.py" line="23"/>
        <source>PIN for {name}</source>
        <translation>PIN untuk {name}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_pins.py" line="25"/>
        <source>{name} has a PIN. Type it to go on as {name}.</source>
        <translation>{name} memiliki PIN. Ketikkan PIN itu untuk melanjutkan sebagai {name}.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_pins.py" line="28"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_pins.py" line="31"/>
        <source>What went wrong</source>
        <translation>Apa yang salah</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_pins.py" line="46"/>
        <source>That is not the PIN of {name}. Try again, or ask your instructor to reset it.</source>
        <translation>Itu bukan PIN {name}. Coba lagi, atau minta pengajar Anda untuk mengatur ulang PIN tersebut.</translation>
    </message>
</context>
<context>
    <name>PracticeSummary</name>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="39"/>
        <source>Coming back for review</source>
        <translation>Muncul kembali untuk diulang</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="40"/>
        <source>Practice: how it went</source>
        <translation>Latihan: bagaimana hasilnya</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="41"/>
        <source>{when}: {n} question(s)</source>
        <translation>{when}: {n} soal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/practice_summary.py" line="27"/>
        <source>today</source>
        <translation>hari ini</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/practice_summary.py" line="29"/>
        <source>tomorrow, {date}</source>
        <translation>besok, {date}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/practice_summary.py" line="37"/>
        <source>You answered {n}; {right} fully right ({p}%).</source>
        <translation>Anda menjawab {n} soal; {right} benar sepenuhnya ({p}%).</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/practice_summary.py" line="44"/>
        <source>A question you missed comes back today; one you got right comes back later each time.</source>
        <translation>Soal yang salah muncul kembali hari ini; soal yang benar muncul kembali makin lama setiap kalinya.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/practice_summary.py" line="45"/>
        <source>Due now, for your next practice: {n}.</source>
        <translation>Perlu dikerjakan sekarang, untuk latihan berikutnya: {n}.</translation>
    </message>
</context>
<context>
    <name>PresenterLayout</name>
    <message>
        <location filename="../../sco_app/ui/presenter_layout.py" line="30"/>
        <source>Presenter mode</source>
        <translation>Mode presentasi</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/presenter_layout.py" line="31"/>
        <source>The step&apos;s narrative</source>
        <translation>Narasi langkah</translation>
    </message>
</context>
<context>
    <name>ProblemsPane</name>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="42"/>
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
        <location filename="../../sco_app/ui/profile_dialog.py" line="93"/>
        <source>Who is answering?</source>
        <translation>Siapa yang menjawab?</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="94"/>
        <source>Choose or create a profile</source>
        <translation>Pilih atau buat profil</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="95"/>
        <source>Your answers are kept under your profile on this computer, so that practice can bring back what you missed and you can see your results.</source>
        <translation>Jawaban Anda disimpan dalam profil Anda di komputer ini, sehingga latihan dapat memunculkan kembali soal yang belum Anda kuasai dan Anda dapat melihat hasil Anda.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="98"/>
        <source>Existing profiles</source>
        <translation>Profil yang sudah ada</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="100"/>
        <source>&amp;Use this profile</source>
        <translation>&amp;Gunakan profil ini</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="102"/>
        <source>&amp;PIN…</source>
        <translation>&amp;PIN…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="103"/>
        <source>Set, change or remove the chosen profile&apos;s PIN</source>
        <translation>Atur, ubah, atau hapus PIN profil yang dipilih</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="105"/>
        <source>Set or change the PIN…</source>
        <translation>Atur atau ubah PIN…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="106"/>
        <source>Remove the PIN…</source>
        <translation>Hapus PIN…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="107"/>
        <source>Reset a forgotten PIN (instructor)…</source>
        <translation>Atur ulang PIN yang terlupa (pengajar)…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="111"/>
        <source>Your name (required)</source>
        <translation>Nama Anda (wajib)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="112"/>
        <source>Name of the new profile</source>
        <translation>Nama profil baru</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="113"/>
        <source>Optional</source>
        <translation>Opsional</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="114"/>
        <source>Student id of the new profile (optional)</source>
        <translation>Nomor induk mahasiswa (NIM) profil baru (opsional)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="115"/>
        <source>C&amp;reate and use</source>
        <translation>&amp;Buat dan gunakan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="121"/>
        <source>New profile</source>
        <translation>Profil baru</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="123"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="124"/>
        <source>&amp;Student id:</source>
        <translation>N&amp;IM:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../sco_app/ui/qt_words.py" line="40"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Cari di:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/qt_words.py" line="41"/>
        <source>File &amp;name:</source>
        <translation>&amp;Nama berkas:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/qt_words.py" line="42"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Jenis berkas:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/qt_words.py" line="43"/>
        <source>Directories</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/qt_words.py" line="44"/>
        <source>Directory:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/qt_words.py" line="45"/>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/qt_words.py" line="46"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/qt_words.py" line="47"/>
        <source>&amp;Choose</source>
        <translation>&amp;Pilih</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/qt_words.py" line="48"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/qt_words.py" line="49"/>
        <source>Save As</source>
        <translation>Simpan sebagai</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/qt_words.py" line="50"/>
        <source>Find Directory</source>
        <translation>Cari folder</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/qt_words.py" line="51"/>
        <source>All Files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/qt_words.py" line="52"/>
        <source>Recent Places</source>
        <translation>Tempat terakhir</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/qt_words.py" line="53"/>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/qt_words.py" line="54"/>
        <source>Forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/qt_words.py" line="55"/>
        <source>Parent Directory</source>
        <translation>Folder induk</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/qt_words.py" line="56"/>
        <source>Create New Folder</source>
        <translation>Buat folder baru</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/qt_words.py" line="57"/>
        <source>List View</source>
        <translation>Tampilan daftar</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/qt_words.py" line="58"/>
        <source>Detail View</source>
        <translation>Tampilan rinci</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/qt_words.py" line="59"/>
        <source>New Folder</source>
        <translation>Folder baru</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/qt_words.py" line="60"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 sudah ada.
Apakah Anda ingin menggantinya?</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/qt_words.py" line="61"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Berkas tidak ditemukan.
Periksa kembali apakah nama berkasnya sudah benar.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../sco_app/ui/qt_words.py" line="62"/>
        <source>Computer</source>
        <translation>Komputer</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/qt_words.py" line="63"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/qt_words.py" line="64"/>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/qt_words.py" line="65"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/qt_words.py" line="66"/>
        <source>Date Modified</source>
        <translation>Tanggal diubah</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../../sco_app/ui/qt_words.py" line="28"/>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/qt_words.py" line="29"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/qt_words.py" line="30"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/qt_words.py" line="31"/>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../sco_app/ui/qt_words.py" line="35"/>
        <source>Show Details...</source>
        <translation>Tampilkan Rincian...</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/qt_words.py" line="36"/>
        <source>Hide Details...</source>
        <translation>Sembunyikan Rincian...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../sco_app/ui/qt_words.py" line="20"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/qt_words.py" line="21"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/qt_words.py" line="22"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/qt_words.py" line="23"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/qt_words.py" line="24"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/qt_words.py" line="25"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/qt_words.py" line="26"/>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/qt_words.py" line="27"/>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <location filename="../../sco_app/ui/quiz_pages.py" line="35"/>
        <source>Question</source>
        <translation>Soal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_pages.py" line="39"/>
        <source>Feedback</source>
        <translation>Umpan balik</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_pages.py" line="43"/>
        <source>Answer and feedback</source>
        <translation>Jawaban dan umpan balik</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_pages.py" line="44"/>
        <source>How to answer, the answer choices and, once you check, whether you were right and why.</source>
        <translation>Cara menjawab, pilihan jawaban, dan, setelah Anda memeriksa, apakah jawaban Anda benar dan mengapa.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_pages.py" line="49"/>
        <source>&amp;Check answer</source>
        <translation>Periksa &amp;jawaban</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_pages.py" line="49"/>
        <source>Check answer (Enter)</source>
        <translation>Periksa jawaban (Enter)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_pages.py" line="50"/>
        <source>&amp;Next question</source>
        <translation>&amp;Soal berikutnya</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_pages.py" line="50"/>
        <source>Next question (Enter)</source>
        <translation>Soal berikutnya (Enter)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_pages.py" line="51"/>
        <source>S&amp;kip question</source>
        <translation>Le&amp;wati soal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_pages.py" line="51"/>
        <source>Skip this question, leaving it unanswered</source>
        <translation>Lewati soal ini dan biarkan tidak terjawab</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_pages.py" line="53"/>
        <source>Show on time&amp;line and map</source>
        <translation>Tampilkan di &amp;lini masa dan peta</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_pages.py" line="53"/>
        <source>Show on timeline and map</source>
        <translation>Tampilkan di lini masa dan peta</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_pages.py" line="54"/>
        <source>Sto&amp;p practice</source>
        <translation>&amp;Hentikan latihan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_pages.py" line="54"/>
        <source>Stop practice and see how it went</source>
        <translation>Hentikan latihan dan lihat hasilnya</translation>
    </message>
</context>
<context>
    <name>QuestionTypes</name>
    <message>
        <location filename="../../sco_app/ui/question_kinds.py" line="64"/>
        <source>Which theory</source>
        <translation>Pilih teori</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_kinds.py" line="65"/>
        <source>Multiple choice</source>
        <translation>Pilihan ganda</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_kinds.py" line="66"/>
        <source>Map</source>
        <translation>Peta</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_kinds.py" line="67"/>
        <source>Order</source>
        <translation>Pengurutan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_kinds.py" line="68"/>
        <source>Sort</source>
        <translation>Pengelompokan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_kinds.py" line="69"/>
        <source>Finding</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_kinds.py" line="70"/>
        <source>True or false</source>
        <translation>Benar atau salah</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_kinds.py" line="72"/>
        <source>Short answer</source>
        <translation>Isian singkat</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="44"/>
        <source>Answer</source>
        <translation>Jawaban</translation>
    </message>
</context>
<context>
    <name>QuickGuide</name>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="40"/>
        <location filename="../../sco_app/ui/help_dialogs.py" line="138"/>
        <source>Quick guide</source>
        <translation>Panduan singkat</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="41"/>
        <source>What each part of the window does, and where to begin.</source>
        <translation>Apa guna setiap bagian jendela, dan dari mana memulai.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="44"/>
        <source>The timeline (top)</source>
        <translation>Lini masa (atas)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="45"/>
        <source>The lesson&apos;s events by date, one lane per kind of event. A symbol&apos;s shape and colour say which theory reads the event; a bold edge marks the paper&apos;s own reading; a grey bar, an event that lasted. Click a symbol to choose its event. Drag the orange line to choose a day for the map.</source>
        <translation>Peristiwa-peristiwa pelajaran menurut tanggal, satu jalur untuk setiap jenis peristiwa. Bentuk dan warna simbol menunjukkan teori yang menafsirkan peristiwa itu; tepi tebal menandai tafsiran makalah sendiri; batang abu-abu, peristiwa yang berlangsung beberapa waktu. Klik sebuah simbol untuk memilih peristiwanya. Seret garis jingga untuk memilih tanggal bagi peta.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="48"/>
        <source>The map</source>
        <translation>Peta</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="49"/>
        <source>Each state&apos;s status on the chosen day (member, observer, partner), told by pattern as well as colour. Click a marker for its event, a country for its story.</source>
        <translation>Status setiap negara pada tanggal terpilih (anggota, pengamat, mitra), dibedakan dengan pola sekaligus warna. Klik sebuah penanda untuk peristiwanya, sebuah negara untuk kisahnya.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="51"/>
        <source>The argument (right)</source>
        <translation>Argumen (kanan)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="52"/>
        <source>Everything the lesson says about the chosen event: its date, its reading by a theory and whether it is the paper&apos;s own, what caused it and what it led to (as links), its sources, and the passages of the paper it rests on, marked.</source>
        <translation>Semua yang dikatakan pelajaran tentang peristiwa terpilih: tanggalnya, tafsirannya menurut sebuah teori dan apakah tafsiran itu milik makalah sendiri, apa penyebab dan akibatnya (sebagai tautan), sumbernya, serta bagian makalah yang menjadi dasarnya, dengan penanda.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="55"/>
        <source>Events list and States list</source>
        <translation>Daftar peristiwa dan Daftar negara</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="56"/>
        <source>The timeline and the map as text. Ctrl+F searches the events: the list shows what matches and the timeline rings it; Enter opens the first match.</source>
        <translation>Lini masa dan peta dalam bentuk teks. Ctrl+F mencari peristiwa: daftar menampilkan yang cocok dan lini masa melingkarinya; Enter membuka hasil pertama.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="58"/>
        <source>Filters and the theory lens</source>
        <translation>Filter dan lensa teori</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="59"/>
        <source>The buttons and boxes above the timeline show one theory, lane or country only; the theory lens fades everything but one theory.</source>
        <translation>Tombol dan kotak di atas lini masa hanya menampilkan satu teori, jalur, atau negara; lensa teori menyamarkan semuanya kecuali satu teori.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="61"/>
        <source>Guided tour</source>
        <translation>Tur terpandu</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="62"/>
        <source>Tour ▸ Start (Ctrl+T) walks through the paper&apos;s findings step by step; the views move for you.</source>
        <translation>Tur ▸ Mulai (Ctrl+T) menelusuri temuan makalah langkah demi langkah; tampilan bergerak dengan sendirinya.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="63"/>
        <source>Quiz</source>
        <translation>Kuis</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="64"/>
        <source>Practice gives feedback after every answer; an exam gives the score at the end. Your answers are kept on this computer under your name.</source>
        <translation>Latihan memberi umpan balik setelah setiap jawaban; ujian memberi nilai di akhir. Jawaban Anda disimpan di komputer ini atas nama Anda.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="66"/>
        <source>Seeing well</source>
        <translation>Agar mudah dilihat</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="67"/>
        <source>Ctrl+= and Ctrl+- make all text larger or smaller; View ▸ High contrast draws white on black; View ▸ Language switches between English and Bahasa Indonesia.</source>
        <translation>Ctrl+= dan Ctrl+- memperbesar atau memperkecil semua teks; Tampilan ▸ Kontras tinggi menggambar putih di atas hitam; Tampilan ▸ Bahasa beralih antara bahasa Inggris dan Bahasa Indonesia.</translation>
    </message>
</context>
<context>
    <name>QuizFocus</name>
    <message>
        <location filename="../../sco_app/ui/quiz_focus.py" line="24"/>
        <source>Show the timeline and the filters beside the quiz</source>
        <translation>Tampilkan lini masa dan filter di samping kuis</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_focus.py" line="25"/>
        <source>The timeline and the filters fold away to give the quiz room; press to bring them back</source>
        <translation>Lini masa dan filter dilipat agar kuis mendapat ruang; tekan untuk menampilkannya kembali</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_focus.py" line="52"/>
        <source>H&amp;ide timeline</source>
        <translation>Sembun&amp;yikan lini masa</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_focus.py" line="52"/>
        <source>Sho&amp;w timeline</source>
        <translation>Tampilkan lini mas&amp;a</translation>
    </message>
</context>
<context>
    <name>QuizPanel</name>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="63"/>
        <location filename="../../sco_app/ui/quiz_panel.py" line="360"/>
        <source>Quiz</source>
        <translation>Kuis</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="76"/>
        <source>Quiz mode</source>
        <translation>Mode kuis</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="78"/>
        <source>Quiz progress</source>
        <translation>Kemajuan kuis</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="79"/>
        <source>Time left</source>
        <translation>Sisa waktu</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="227"/>
        <source>&amp;Next question</source>
        <translation>&amp;Soal berikutnya</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="227"/>
        <source>&amp;Finish exam</source>
        <translation>&amp;Selesaikan ujian</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="236"/>
        <source>Answering: {name}</source>
        <translation>Yang menjawab: {name}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="239"/>
        <source>Question {n} of {count}</source>
        <translation>Soal {n} dari {count}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="101"/>
        <source>Start a quiz</source>
        <translation>Mulai kuis</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="102"/>
        <source>Who is answering, and a practice or an exam to start, with the exam&apos;s settings.</source>
        <translation>Siapa yang menjawab, serta latihan atau ujian yang dapat dimulai, beserta pengaturan ujiannya.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="242"/>
        <source>{n} answered ({right} right)</source>
        <translation>{n} dijawab ({right} benar)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="243"/>
        <source>{n} due</source>
        <translation>{n} perlu dikerjakan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="323"/>
        <source>Practice summary</source>
        <translation>Ringkasan latihan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="325"/>
        <source>Practice — stopped: how it went</source>
        <translation>Latihan — dihentikan: bagaimana hasilnya</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="351"/>
        <source>(you will be asked who you are)</source>
        <translation>(Anda akan ditanya siapa Anda)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="352"/>
        <source>Due now: {n}</source>
        <translation>Perlu dikerjakan sekarang: {n}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="354"/>
        <source>Quiz: {title}</source>
        <translation>Kuis: {title}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="355"/>
        <source>Answering: {who}</source>
        <translation>Yang menjawab: {who}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="359"/>
        <source>Practice — feedback after every answer</source>
        <translation>Latihan — umpan balik setelah setiap jawaban</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="360"/>
        <source>Exam — no feedback until the end</source>
        <translation>Ujian — tanpa umpan balik sampai akhir</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="57"/>
        <source>no answer</source>
        <translation>tidak ada jawaban</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="70"/>
        <source>Right.</source>
        <translation>Benar.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="71"/>
        <source>Not quite: {p:.0f}% of it is right.</source>
        <translation>Kurang tepat: {p:.0f}% di antaranya benar.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="72"/>
        <source>Defensible: {p:.0f}% of the credit.</source>
        <translation>Dapat dipertahankan: {p:.0f}% dari nilai penuh.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="73"/>
        <source>Not right.</source>
        <translation>Salah.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="74"/>
        <source>Not answered.</source>
        <translation>Tidak dijawab.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="94"/>
        <source>The paper&apos;s reading</source>
        <translation>Tafsiran artikel</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="95"/>
        <source>Another reading</source>
        <translation>Tafsiran lain</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="100"/>
        <source>the paper&apos;s own argument</source>
        <translation>argumen artikel itu sendiri</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="101"/>
        <source>a teaching interpretation, not a claim of the paper</source>
        <translation>tafsiran untuk pengajaran, bukan klaim artikel</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="112"/>
        <source>✔ Passed</source>
        <translation>✔ Lulus</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="112"/>
        <source>✘ Not passed</source>
        <translation>✘ Tidak lulus</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="116"/>
        <source>Pass mark: {p}%.</source>
        <translation>Nilai kelulusan: {p}%.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="117"/>
        <source>Of {asked} questions: {answered} answered, {right} fully right, {unanswered} not answered. Exam number {seed}.</source>
        <translation>Dari {asked} soal: {answered} dijawab, {right} benar sepenuhnya, {unanswered} tidak dijawab. Nomor ujian {seed}.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="43"/>
        <source>By theory</source>
        <translation>Menurut teori</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="44"/>
        <source>Exam result</source>
        <translation>Hasil ujian</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="45"/>
        <source>Question by question</source>
        <translation>Soal demi soal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="46"/>
        <source>The right answer:</source>
        <translation>Jawaban yang benar:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="47"/>
        <source>Your answer:</source>
        <translation>Jawaban Anda:</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="276"/>
        <source>Results</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="278"/>
        <source>Whose results</source>
        <translation>Hasil siapa</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="284"/>
        <source>Summary of the results</source>
        <translation>Ringkasan hasil</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="285"/>
        <source>By theory</source>
        <translation>Menurut teori</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="285"/>
        <source>By question type</source>
        <translation>Menurut jenis soal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="286"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="286"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="286"/>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="286"/>
        <source>Answers</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="287"/>
        <source>Question</source>
        <translation>Soal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="287"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="287"/>
        <source>Missed</source>
        <translation>Salah</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="287"/>
        <source>Asked</source>
        <translation>Ditanyakan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="288"/>
        <source>Sessions, newest first</source>
        <translation>Sesi, terbaru di atas</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="289"/>
        <source>Questions missed most often</source>
        <translation>Soal yang paling sering dijawab salah</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="293"/>
        <source>Student:</source>
        <translation>Mahasiswa:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="296"/>
        <source>Export &amp;CSV…</source>
        <translation>Ekspor &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="296"/>
        <source>Export &amp;xAPI…</source>
        <translation>Ekspor &amp;xAPI…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="304"/>
        <source>Sessions</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="305"/>
        <source>Missed most often</source>
        <translation>Paling sering salah</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="335"/>
        <source>Spreadsheet (*.csv)</source>
        <translation>Lembar kerja (*.csv)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="335"/>
        <source>xAPI statements (*.json)</source>
        <translation>Pernyataan xAPI (*.json)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="336"/>
        <source>Export the answers</source>
        <translation>Ekspor jawaban</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="339"/>
        <source>Exported</source>
        <translation>Ekspor selesai</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="339"/>
        <source>{0} answers written to {1}</source>
        <translation>{0} jawaban ditulis ke {1}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="362"/>
        <source>{n} answers, {p:.0f}% right, in {k} sessions.</source>
        <translation>{n} jawaban, {p:.0f}% benar, dalam {k} sesi.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="365"/>
        <source>No answers yet on this lesson.</source>
        <translation>Belum ada jawaban untuk pelajaran ini.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="367"/>
        <source>{n} exam questions left unanswered.</source>
        <translation>{n} soal ujian tidak dijawab.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="383"/>
        <source>Practice</source>
        <translation>Latihan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="383"/>
        <source>Exam</source>
        <translation>Ujian</translation>
    </message>
</context>
<context>
    <name>SessionLink</name>
    <message>
        <location filename="../../sco_app/ui/quiz_session_link.py" line="114"/>
        <source>Keep this order?</source>
        <translation>Pertahankan urutan ini?</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_session_link.py" line="115"/>
        <source>You have not moved any event. Check the events in the order shown?</source>
        <translation>Anda belum memindahkan satu peristiwa pun. Periksa peristiwa-peristiwa ini dalam urutan yang ditampilkan?</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_session_link.py" line="119"/>
        <source>Check it as it is?</source>
        <translation>Periksa apa adanya?</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_session_link.py" line="120"/>
        <source>{n} event(s) are in no box yet and will count as not sorted. Check your answer as it is?</source>
        <translation>{n} peristiwa belum masuk kotak mana pun dan akan dihitung belum dikelompokkan. Periksa jawaban Anda apa adanya?</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_session_link.py" line="123"/>
        <source>&amp;Yes, check it</source>
        <translation>&amp;Ya, periksa</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_session_link.py" line="123"/>
        <source>&amp;No, go back</source>
        <translation>&amp;Tidak, kembali</translation>
    </message>
</context>
<context>
    <name>ShortAnswerQuestion</name>
    <message>
        <location filename="../../sco_app/ui/question_kinds.py" line="27"/>
        <location filename="../../sco_app/ui/question_kinds.py" line="28"/>
        <source>Your answer</source>
        <translation>Jawaban Anda</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_kinds.py" line="33"/>
        <source>Type your answer (case and accents do not matter), then press Enter.</source>
        <translation>Ketik jawaban Anda (huruf besar-kecil dan tanda aksen tidak berpengaruh), lalu tekan Enter.</translation>
    </message>
</context>
<context>
    <name>ShortcutsTable</name>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="78"/>
        <location filename="../../sco_app/ui/help_dialogs.py" line="144"/>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan papan ketik</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="79"/>
        <source>Keys, and what they do, grouped by where they work.</source>
        <translation>Tombol dan fungsinya, dikelompokkan menurut tempat tombol itu bekerja.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="81"/>
        <source>Keys</source>
        <translation>Tombol</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="81"/>
        <source>What they do</source>
        <translation>Fungsinya</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="85"/>
        <source>Menus</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="98"/>
        <source>Anywhere</source>
        <translation>Di mana saja</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="99"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="99"/>
        <source>Move to the next or previous control (it is ringed)</source>
        <translation>Pindah ke kontrol berikutnya atau sebelumnya (kontrol itu diberi bingkai)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="100"/>
        <source>Show the “{tab}” tab</source>
        <translation>Tampilkan tab “{tab}”</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="102"/>
        <source>Timeline</source>
        <translation>Lini masa</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="103"/>
        <location filename="../../sco_app/ui/help_dialogs.py" line="105"/>
        <source>Zoom in or out</source>
        <translation>Perbesar atau perkecil</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="103"/>
        <source>Ctrl+← / →</source>
        <translation>Ctrl+← / →</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="103"/>
        <source>Move earlier or later</source>
        <translation>Geser ke waktu lebih awal atau lebih akhir</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="104"/>
        <source>Show every event</source>
        <translation>Tampilkan semua peristiwa</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="105"/>
        <source>Map</source>
        <translation>Peta</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="105"/>
        <source>Frame the lesson&apos;s states again</source>
        <translation>Bingkai kembali negara-negara dalam pelajaran</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="106"/>
        <source>Events list</source>
        <translation>Daftar peristiwa</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="107"/>
        <source>Enter (in the search box)</source>
        <translation>Enter (di kotak pencarian)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="107"/>
        <source>Open the first event found</source>
        <translation>Buka peristiwa pertama yang ditemukan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="108"/>
        <source>↑ / ↓</source>
        <translation>↑ / ↓</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="108"/>
        <source>Open the previous or next event in the list</source>
        <translation>Buka peristiwa sebelumnya atau berikutnya di daftar</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="109"/>
        <source>Guided tour</source>
        <translation>Tur terpandu</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="110"/>
        <source>→, Space, Page Down</source>
        <translation>→, Spasi, Page Down</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="110"/>
        <source>Next step</source>
        <translation>Langkah berikutnya</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="110"/>
        <source>←, Page Up</source>
        <translation>←, Page Up</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="110"/>
        <source>Previous step</source>
        <translation>Langkah sebelumnya</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="111"/>
        <source>First or last step</source>
        <translation>Langkah pertama atau terakhir</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="111"/>
        <source>End the tour</source>
        <translation>Akhiri tur</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="112"/>
        <source>Quiz</source>
        <translation>Kuis</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="113"/>
        <source>Choose an answer</source>
        <translation>Pilih jawaban</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/help_dialogs.py" line="113"/>
        <source>Check the answer, then go on</source>
        <translation>Periksa jawaban, lalu lanjutkan</translation>
    </message>
</context>
<context>
    <name>SortQuestion</name>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="280"/>
        <source>Events to sort</source>
        <translation>Peristiwa yang akan dikelompokkan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="285"/>
        <source>Events {theory} explains</source>
        <translation>Peristiwa yang dijelaskan oleh {theory}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="299"/>
        <source>Back to the events to sort	Alt+0</source>
        <translation>Kembali ke peristiwa yang akan dikelompokkan	Alt+0</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="300"/>
        <source>Move &amp;to…</source>
        <translation>Pindahkan k&amp;e…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="301"/>
        <source>Move the chosen event to a theory (Alt+1 to Alt+9)</source>
        <translation>Pindahkan peristiwa yang dipilih ke sebuah teori (Alt+1 sampai Alt+9)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="314"/>
        <source>Drag each event into the box of its theory, or choose it and press Alt+1 to Alt+{n} (Alt+0 takes it back).</source>
        <translation>Seret setiap peristiwa ke kotak teorinya, atau pilih peristiwa itu lalu tekan Alt+1 sampai Alt+{n} (Alt+0 mengembalikannya).</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="305"/>
        <source>Events to sort:</source>
        <translation>Peristiwa yang akan dikelompokkan:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="346"/>
        <source>the events to sort</source>
        <translation>daftar peristiwa yang akan dikelompokkan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="347"/>
        <source>{title} moved to {where}</source>
        <translation>{title} dipindahkan ke {where}</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="218"/>
        <source>Lesson</source>
        <translation>Pelajaran</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="220"/>
        <source>Who is answering</source>
        <translation>Siapa yang menjawab</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="221"/>
        <source>Change pr&amp;ofile…</source>
        <translation>Ganti pr&amp;ofil…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="222"/>
        <source>My &amp;results</source>
        <translation>&amp;Hasil saya</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="224"/>
        <source>Questions due for review</source>
        <translation>Soal yang perlu diulang</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="226"/>
        <source>Exam settings</source>
        <translation>Pengaturan ujian</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="227"/>
        <source>Start &amp;practice</source>
        <translation>Mulai &amp;latihan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="228"/>
        <source>Start e&amp;xam</source>
        <translation>Mulai &amp;ujian</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="229"/>
        <source>Exam &amp;settings…</source>
        <translation>Pen&amp;gaturan ujian…</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="233"/>
        <source>Practice</source>
        <translation>Latihan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="234"/>
        <source>Questions due for review come first. After every answer you see whether it was right, the feedback, and the paper&apos;s reading of the event.</source>
        <translation>Soal yang perlu diulang muncul lebih dulu. Setelah setiap jawaban, Anda melihat apakah jawaban itu benar, umpan baliknya, dan tafsiran artikel atas peristiwa tersebut.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="237"/>
        <source>Exam</source>
        <translation>Ujian</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="238"/>
        <source>No feedback and no going back until the end; then your score, by theory.</source>
        <translation>Tanpa umpan balik dan tanpa kembali ke soal sebelumnya sampai akhir; setelah itu skor Anda, menurut teori.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="270"/>
        <source>{n} questions</source>
        <translation>{n} soal</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="271"/>
        <source>time limit {m} min</source>
        <translation>batas waktu {m} menit</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="271"/>
        <source>no time limit</source>
        <translation>tanpa batas waktu</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="272"/>
        <source>pass mark {p}%</source>
        <translation>nilai kelulusan {p}%</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="272"/>
        <source>no pass mark</source>
        <translation>tanpa nilai kelulusan</translation>
    </message>
</context>
<context>
    <name>StartProblems</name>
    <message>
        <location filename="../../sco_app/ui/start_problems.py" line="19"/>
        <source>This lesson has no event “{value}”.</source>
        <translation>Pelajaran ini tidak memiliki peristiwa “{value}”.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/start_problems.py" line="20"/>
        <source>This lesson has no tour “{value}”.</source>
        <translation>Pelajaran ini tidak memiliki tur “{value}”.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/start_problems.py" line="21"/>
        <source>The tour has no step {value}.</source>
        <translation>Tur ini tidak memiliki langkah {value}.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/start_problems.py" line="22"/>
        <source>A step (--step {value}) needs a tour (--tour).</source>
        <translation>Sebuah langkah (--step {value}) memerlukan tur (--tour).</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/start_problems.py" line="31"/>
        <source>The lesson pack cannot be opened</source>
        <translation>Paket pelajaran tidak dapat dibuka</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/start_problems.py" line="32"/>
        <source>sco-app cannot open the lesson pack “{path}”: {problem}.</source>
        <translation>sco-app tidak dapat membuka paket pelajaran “{path}”: {problem}.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/start_problems.py" line="34"/>
        <source>sco-app cannot open its built-in lesson: {problem}.</source>
        <translation>sco-app tidak dapat membuka pelajaran bawaannya: {problem}.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/start_problems.py" line="36"/>
        <source>Check the pack&apos;s place in the shortcut or command that started sco-app, or ask your teacher for the pack. You can open the built-in lesson now, and another pack later with File ▸ Open lesson pack folder.</source>
        <translation>Periksa letak paket di pintasan atau perintah yang menjalankan sco-app, atau mintalah paket itu kepada pengajar Anda. Anda dapat membuka pelajaran bawaan sekarang, dan paket lain nanti melalui Berkas ▸ Buka folder paket pelajaran.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/start_problems.py" line="39"/>
        <source>The installation is damaged: install sco-app again, or ask the computer&apos;s administrator.</source>
        <translation>Instalasinya rusak: pasang ulang sco-app, atau hubungi administrator komputer ini.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/start_problems.py" line="41"/>
        <source>Open the built-in lesson</source>
        <translation>Buka pelajaran bawaan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/start_problems.py" line="42"/>
        <location filename="../../sco_app/ui/start_problems.py" line="62"/>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/start_problems.py" line="54"/>
        <source>The closest is “{id}”.</source>
        <translation>Yang paling mirip adalah “{id}”.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/start_problems.py" line="55"/>
        <source>The link cannot be followed</source>
        <translation>Tautan tidak dapat diikuti</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/start_problems.py" line="56"/>
        <source>The link that started sco-app (in a shortcut, an assignment or a command) names something this lesson does not have. You can open the lesson without it.</source>
        <translation>Tautan yang menjalankan sco-app (di pintasan, tugas, atau perintah) menyebut sesuatu yang tidak ada dalam pelajaran ini. Anda dapat membuka pelajaran tanpa tautan itu.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/start_problems.py" line="59"/>
        <source>Open “{id}”</source>
        <translation>Buka “{id}”</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/start_problems.py" line="61"/>
        <source>Open the lesson</source>
        <translation>Buka pelajaran</translation>
    </message>
</context>
<context>
    <name>StatusNames</name>
    <message>
        <location filename="../../sco_app/ui/status_names.py" line="15"/>
        <source>no status</source>
        <translation>tanpa status</translation>
    </message>
</context>
<context>
    <name>StepText</name>
    <message>
        <location filename="../../sco_app/ui/tour_bar.py" line="51"/>
        <source>The title and narrative of the tour&apos;s step</source>
        <translation>Judul dan narasi langkah tur</translation>
    </message>
</context>
<context>
    <name>StoreProblem</name>
    <message>
        <location filename="../../sco_app/ui/store_problems.py" line="23"/>
        <source>Your progress file is missing.</source>
        <translation>Berkas kemajuan Anda tidak ditemukan.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/store_problems.py" line="24"/>
        <source>Ask whoever looks after this computer where answers are kept here.</source>
        <translation>Tanyakan kepada pengelola komputer ini di mana jawaban disimpan di sini.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/store_problems.py" line="26"/>
        <source>Your progress file is in use by another program, so this answer is not saved yet.</source>
        <translation>Berkas kemajuan Anda sedang dipakai program lain, sehingga jawaban ini belum tersimpan.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/store_problems.py" line="28"/>
        <source>Close the other copy of sco-app, then press Try again.</source>
        <translation>Tutup salinan sco-app yang lain, lalu tekan Coba lagi.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/store_problems.py" line="30"/>
        <source>Your progress file cannot be written: it or its folder is read-only, so this answer is not saved yet.</source>
        <translation>Berkas kemajuan Anda tidak dapat ditulisi: berkas atau foldernya hanya-baca, sehingga jawaban ini belum tersimpan.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/store_problems.py" line="32"/>
        <source>Ask your instructor or the lab staff to make it writable, then press Try again.</source>
        <translation>Minta pengajar atau staf laboratorium agar berkas itu dapat ditulisi, lalu tekan Coba lagi.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/store_problems.py" line="35"/>
        <source>The disk is full, so this answer is not saved yet.</source>
        <translation>Disk penuh, sehingga jawaban ini belum tersimpan.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/store_problems.py" line="36"/>
        <source>Free some space on the disk (or ask the lab staff), then press Try again. The answers saved before are kept.</source>
        <translation>Kosongkan sebagian ruang pada disk (atau minta bantuan staf laboratorium), lalu tekan Coba lagi. Jawaban yang tersimpan sebelumnya tetap aman.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/store_problems.py" line="39"/>
        <source>Your progress file cannot be read or written now, so this answer is not saved yet.</source>
        <translation>Berkas kemajuan Anda saat ini tidak dapat dibaca atau ditulisi, sehingga jawaban ini belum tersimpan.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/store_problems.py" line="41"/>
        <source>Ask the lab staff to check the file and its disk, then press Try again.</source>
        <translation>Minta staf laboratorium memeriksa berkas itu dan disknya, lalu tekan Coba lagi.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/store_problems.py" line="44"/>
        <source>Your progress file was written by a newer version of sco-app.</source>
        <translation>Berkas kemajuan Anda ditulis oleh versi sco-app yang lebih baru.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/store_problems.py" line="45"/>
        <source>Ask the lab staff to install that version here; the file was left as it is.</source>
        <translation>Minta staf laboratorium memasang versi itu di sini; berkas tersebut dibiarkan apa adanya.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/store_problems.py" line="48"/>
        <source>Your progress file is damaged.</source>
        <translation>Berkas kemajuan Anda rusak.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/store_problems.py" line="49"/>
        <source>Ask your instructor: &apos;sco-app results recover&apos; copies every answer that can still be read.</source>
        <translation>Tanyakan kepada pengajar Anda: &apos;sco-app results recover&apos; menyalin setiap jawaban yang masih dapat dibaca.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/store_problems.py" line="52"/>
        <source>The progress file belongs to another program.</source>
        <translation>Berkas kemajuan itu milik program lain.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/store_problems.py" line="53"/>
        <source>Ask the lab staff to move it away; it was left as it is.</source>
        <translation>Minta staf laboratorium memindahkannya; berkas itu dibiarkan apa adanya.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/store_problems.py" line="55"/>
        <source>Where the progress file should be there is a folder.</source>
        <translation>Di tempat yang seharusnya berisi berkas kemajuan terdapat sebuah folder.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/store_problems.py" line="56"/>
        <source>Ask the lab staff to rename or move that folder, then press Try again.</source>
        <translation>Minta staf laboratorium mengganti nama atau memindahkan folder itu, lalu tekan Coba lagi.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/store_problems.py" line="59"/>
        <source>The folder for your progress cannot be used or created.</source>
        <translation>Folder untuk kemajuan Anda tidak dapat dipakai atau dibuat.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/store_problems.py" line="60"/>
        <source>Ask the lab staff to make it usable, then press Try again.</source>
        <translation>Minta staf laboratorium agar folder itu dapat dipakai, lalu tekan Coba lagi.</translation>
    </message>
</context>
<context>
    <name>StoreProblemBar</name>
    <message>
        <location filename="../../sco_app/ui/store_problems.py" line="73"/>
        <source>Problem saving your answers</source>
        <translation>Masalah saat menyimpan jawaban Anda</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/store_problems.py" line="74"/>
        <source>&amp;Try again</source>
        <translation>&amp;Coba lagi</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/store_problems.py" line="75"/>
        <source>Try to save again</source>
        <translation>Coba simpan lagi</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <location filename="../../sco_app/ui/lrs_sync.py" line="108"/>
        <source>Class results server</source>
        <translation>Server hasil kelas</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_sync.py" line="116"/>
        <source>Class results: {q} queued, {s} sent</source>
        <translation>Hasil kelas: {q} dalam antrean, {s} terkirim</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_sync.py" line="118"/>
        <source>, {r} rejected</source>
        <translation>, {r} ditolak</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_sync.py" line="120"/>
        <source> (sending…)</source>
        <translation> (mengirim…)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_sync.py" line="122"/>
        <source> (server not reachable; next try in {n} s)</source>
        <translation> (server tidak terjangkau; dicoba lagi dalam {n} dtk)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_sync.py" line="124"/>
        <source> (the server refused the user name or password)</source>
        <translation> (server menolak nama pengguna atau kata sandi)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_sync.py" line="126"/>
        <source> (not sent: check Quiz ▸ Class results server…)</source>
        <translation> (tidak terkirim: periksa Kuis ▸ Server hasil kelas…)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/lrs_sync.py" line="128"/>
        <source> (waiting for another copy of the app to finish sending)</source>
        <translation> (menunggu salinan aplikasi lain selesai mengirim)</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../sco_app/ui/timeline_view.py" line="74"/>
        <source>Timeline</source>
        <translation>Lini masa</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/timeline_view.py" line="76"/>
        <source>Events by date in lanes. Plus and minus zoom, Control with arrows pans, Home shows all; the events list holds the same events as text.</source>
        <translation>Peristiwa menurut tanggal, dalam jalur-jalur. Plus dan minus untuk memperbesar dan memperkecil, Control dengan tombol panah untuk menggeser, Home menampilkan semuanya; daftar peristiwa memuat peristiwa yang sama dalam bentuk teks.</translation>
    </message>
</context>
<context>
    <name>TourBar</name>
    <message>
        <location filename="../../sco_app/ui/_tr_in_fstrings.py" line="48"/>
        <source>Tour:</source>
        <translation>Tur:</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_bar.py" line="83"/>
        <source>Guided tour</source>
        <translation>Tur terpandu</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_bar.py" line="85"/>
        <source>Right, Space or Page Down: next step. Left or Page Up: previous step. Escape ends the tour.</source>
        <translation>Kanan, Spasi, atau Page Down: langkah berikutnya. Kiri atau Page Up: langkah sebelumnya. Escape mengakhiri tur.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_bar.py" line="92"/>
        <source>Tour</source>
        <translation>Tur</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_bar.py" line="94"/>
        <location filename="../../sco_app/ui/tour_bar.py" line="107"/>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Sebelumnya</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_bar.py" line="94"/>
        <source>Previous step</source>
        <translation>Langkah sebelumnya</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_bar.py" line="96"/>
        <source>Go to step</source>
        <translation>Ke langkah</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_bar.py" line="101"/>
        <location filename="../../sco_app/ui/tour_bar.py" line="108"/>
        <source>&amp;Next ▶</source>
        <translation>&amp;Berikutnya ▶</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_bar.py" line="101"/>
        <source>Next step</source>
        <translation>Langkah berikutnya</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_bar.py" line="102"/>
        <location filename="../../sco_app/ui/tour_bar.py" line="109"/>
        <source>Check your &amp;understanding</source>
        <translation>&amp;Uji pemahaman Anda</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_bar.py" line="103"/>
        <location filename="../../sco_app/ui/tour_bar.py" line="112"/>
        <source>Presenter (F5)</source>
        <translation>Presentasi (F5)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_bar.py" line="103"/>
        <source>Presenter mode</source>
        <translation>Mode presentasi</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_bar.py" line="105"/>
        <location filename="../../sco_app/ui/tour_bar.py" line="113"/>
        <source>End tour</source>
        <translation>Akhiri tur</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_bar.py" line="107"/>
        <source>Previous step (Left, Page Up)</source>
        <translation>Langkah sebelumnya (Kiri, Page Up)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_bar.py" line="108"/>
        <source>Next step (Right, Space, Page Down)</source>
        <translation>Langkah berikutnya (Kanan, Spasi, Page Down)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_bar.py" line="110"/>
        <source>Check your understanding: the step&apos;s question (in presenter mode, asked of the room; the next click shows the answer)</source>
        <translation>Uji pemahaman Anda: pertanyaan langkah ini (dalam mode presentasi diajukan kepada seluruh kelas; klik berikutnya menampilkan jawabannya)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_bar.py" line="112"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_bar.py" line="112"/>
        <source>Presenter mode (F5; Escape leaves)</source>
        <translation>Mode presentasi (F5; Escape untuk keluar)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_bar.py" line="120"/>
        <source>What this step says</source>
        <translation>Isi langkah ini</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_bar.py" line="126"/>
        <source>Picture of this step</source>
        <translation>Gambar langkah ini</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_bar.py" line="168"/>
        <source>Step {n} of {count}: {title}</source>
        <translation>Langkah {n} dari {count}: {title}</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_bar.py" line="183"/>
        <source>Step {n} of {count}</source>
        <translation>Langkah {n} dari {count}</translation>
    </message>
</context>
<context>
    <name>TourControls</name>
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
        <location filename="../../sco_app/ui/tour_controls.py" line="39"/>
        <source>Reduce &amp;motion</source>
        <translation>Kurangi &amp;gerakan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_controls.py" line="42"/>
        <source>Tour steps and framing jump instead of gliding</source>
        <translation>Langkah tur dan pembingkaian melompat, tidak bergeser perlahan</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_controls.py" line="45"/>
        <source>Presenter &amp;screen</source>
        <translation>&amp;Layar presentasi</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_controls.py" line="46"/>
        <source>Where presenter mode projects; on another screen than the window&apos;s, the lecturer&apos;s view with the narrative, the next step and a clock stays on this one</source>
        <translation>Layar tempat mode presentasi diproyeksikan; jika bukan layar jendela ini, tampilan dosen berisi narasi, langkah berikutnya, dan jam tetap berada di layar ini</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_controls.py" line="77"/>
        <source>Start “{title}”</source>
        <translation>Mulai “{title}”</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_controls.py" line="83"/>
        <source>(this lesson has no tour)</source>
        <translation>(pelajaran ini tidak memiliki tur)</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_controls.py" line="85"/>
        <source>&amp;End tour</source>
        <translation>&amp;Akhiri tur</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_controls.py" line="96"/>
        <source>The window&apos;s screen</source>
        <translation>Layar jendela ini</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_controls.py" line="97"/>
        <source>{name} ({width}×{height})</source>
        <translation>{name} ({width}×{height})</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/tour_controls.py" line="98"/>
        <source>Screen {n}</source>
        <translation>Layar {n}</translation>
    </message>
</context>
<context>
    <name>UserData</name>
    <message>
        <location filename="../../sco_app/ui/user_data.py" line="21"/>
        <source>Your saved progress cannot be opened now</source>
        <translation>Kemajuan belajar Anda yang tersimpan tidak dapat dibuka sekarang</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/user_data.py" line="22"/>
        <source>The progress file is in use by another program or cannot be read ({0}). It was left as it is. Answers given until the app is started again will not be kept.</source>
        <translation>Berkas kemajuan sedang dipakai program lain atau tidak dapat dibaca ({0}). Berkas itu dibiarkan apa adanya. Jawaban yang diberikan sampai aplikasi dijalankan lagi tidak akan disimpan.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/user_data.py" line="27"/>
        <source>Your saved progress could not be read</source>
        <translation>Kemajuan belajar Anda yang tersimpan tidak dapat dibaca</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/user_data.py" line="28"/>
        <source>The progress file was damaged, so it was moved aside to
{0}
and a new one was started. Nothing was deleted: your teacher may be able to recover the old answers from that file.</source>
        <translation>Berkas kemajuan belajar rusak, sehingga dipindahkan ke
{0}
dan berkas baru telah dibuat. Tidak ada yang dihapus: pengajar Anda mungkin dapat memulihkan jawaban lama dari berkas tersebut.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../sco_app/ui/welcome.py" line="27"/>
        <source>Welcome</source>
        <translation>Selamat datang</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/welcome.py" line="28"/>
        <source>Welcome: three ways into the lesson</source>
        <translation>Selamat datang: tiga cara memasuki pelajaran</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/welcome.py" line="30"/>
        <source>Lesson</source>
        <translation>Pelajaran</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/welcome.py" line="34"/>
        <source>This lesson makes one work explorable: {source}. The timeline shows its episodes by date, the map shows each state&apos;s status on any day, and the panel on the right gives the argument for the event you choose. How would you like to begin?</source>
        <translation>Pelajaran ini mengajak Anda menjelajahi satu karya: {source}. Lini masa menampilkan peristiwa-peristiwanya menurut tanggal, peta menampilkan status setiap negara pada tanggal mana pun, dan panel di kanan memuat argumen untuk peristiwa yang Anda pilih. Anda ingin mulai dari mana?</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/welcome.py" line="37"/>
        <source>This lesson makes {count} works explorable: {sources}. The timeline shows their episodes by date, the map shows each state&apos;s status on any day, and the panel on the right gives the argument for the event you choose. How would you like to begin?</source>
        <translation>Pelajaran ini mengajak Anda menjelajahi {count} karya: {sources}. Lini masa menampilkan peristiwa-peristiwanya menurut tanggal, peta menampilkan status setiap negara pada tanggal mana pun, dan panel di kanan memuat argumen untuk peristiwa yang Anda pilih. Anda ingin mulai dari mana?</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/welcome.py" line="40"/>
        <source>About this lesson</source>
        <translation>Tentang pelajaran ini</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/welcome.py" line="43"/>
        <source>Take the &amp;guided tour</source>
        <translation>Ikuti &amp;tur terpandu</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/welcome.py" line="44"/>
        <source>{count} steps through “{title}”: the timeline and the map move for you, and each step says what to look at. Right or Space goes on; Escape ends it (Ctrl+T starts it again).</source>
        <translation>{count} langkah melalui “{title}”: lini masa dan peta bergerak dengan sendirinya, dan setiap langkah menjelaskan apa yang perlu diperhatikan. → atau Spasi untuk lanjut; Escape mengakhirinya (Ctrl+T memulainya lagi).</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/welcome.py" line="47"/>
        <source>This lesson has no guided tour.</source>
        <translation>Pelajaran ini tidak memiliki tur terpandu.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/welcome.py" line="50"/>
        <source>&amp;Explore on your own</source>
        <translation>&amp;Jelajahi sendiri</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/welcome.py" line="51"/>
        <source>Start at the first event. Click any symbol on the timeline or marker on the map to read its argument on the right; ← and → step through the events; drag the orange date line to see the map on that day; click a country for its story.</source>
        <translation>Mulai dari peristiwa pertama. Klik simbol mana pun di lini masa atau penanda di peta untuk membaca argumennya di kanan; ← dan → berpindah antarperistiwa; seret garis tanggal jingga untuk melihat peta pada hari itu; klik sebuah negara untuk kisahnya.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/welcome.py" line="55"/>
        <source>&amp;Practise</source>
        <translation>&amp;Berlatih</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/welcome.py" line="56"/>
        <source>Questions on which theory explains which episode, with feedback after every answer; the ones you miss come back later.</source>
        <translation>Soal tentang teori mana yang menjelaskan peristiwa mana, dengan umpan balik setelah setiap jawaban; soal yang terlewat akan muncul lagi nanti.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/welcome.py" line="59"/>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/welcome.py" line="61"/>
        <source>Help ▸ Welcome shows this again; Help ▸ Quick guide and Keyboard shortcuts say more.</source>
        <translation>Bantuan ▸ Selamat datang menampilkan ini lagi; Bantuan ▸ Panduan singkat dan Pintasan papan ketik menjelaskan lebih lanjut.</translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/welcome.py" line="63"/>
        <source>Where to find help later</source>
        <translation>Tempat mencari bantuan nanti</translation>
    </message>
</context>
</TS>
