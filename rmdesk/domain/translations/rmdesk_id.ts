<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About rmdesk</source>
        <translation>Tentang rmdesk</translation>
    </message>
    <message>
        <source>Runs a company&apos;s reverse-mentoring program from one local file: people, pairs, goals, meetings, evaluations and reports. Nothing is sent over the network.</source>
        <translation>Menjalankan program mentoring terbalik perusahaan dari satu berkas lokal: peserta, pasangan, sasaran, pertemuan, evaluasi, dan laporan. Tidak ada yang dikirim lewat jaringan.</translation>
    </message>
    <message>
        <source>rmdesk is free software under the MIT licence. It is built with, and ships, these libraries and fonts:</source>
        <translation>rmdesk adalah perangkat lunak bebas dengan lisensi MIT. rmdesk dibuat dengan, dan menyertakan, pustaka dan fon berikut:</translation>
    </message>
    <message>
        <source>Libraries and fonts with their licences</source>
        <translation>Pustaka dan fon beserta lisensinya</translation>
    </message>
    <message>
        <source>Library or font</source>
        <translation>Pustaka atau fon</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisensi</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>&amp;Salin Versi</translation>
    </message>
    <message>
        <source>Put the versions on the clipboard, to send to whoever supports rmdesk</source>
        <translation>Salin versi ke papan klip, untuk dikirim ke pihak yang mendukung rmdesk</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Accept {pairs}</source>
        <translation>Terima {pairs}</translation>
    </message>
    <message>
        <source>Pair {mentor} with {mentee}</source>
        <translation>Pasangkan {mentor} dengan {mentee}</translation>
    </message>
    <message>
        <source>Make {pairs}</source>
        <translation>Buat {pairs}</translation>
    </message>
    <message>
        <source>Unpair {mentor} and {mentee}</source>
        <translation>Lepaskan pasangan {mentor} dan {mentee}</translation>
    </message>
    <message>
        <source>Swap {newcomer} in for {leaving}</source>
        <translation>Tukar {leaving} dengan {newcomer}</translation>
    </message>
    <message>
        <source>Lock {mentor} and {mentee}</source>
        <translation>Kunci {mentor} dan {mentee}</translation>
    </message>
    <message>
        <source>Unlock {mentor} and {mentee}</source>
        <translation>Buka kunci {mentor} dan {mentee}</translation>
    </message>
    <message>
        <source>Lock {pairs}</source>
        <translation>Kunci {pairs}</translation>
    </message>
    <message>
        <source>Unlock {pairs}</source>
        <translation>Buka kunci {pairs}</translation>
    </message>
    <message>
        <source>Add {thing}</source>
        <translation>Tambah {thing}</translation>
    </message>
    <message>
        <source>Edit {thing}</source>
        <translation>Edit {thing}</translation>
    </message>
    <message>
        <source>Delete {thing}</source>
        <translation>Hapus {thing}</translation>
    </message>
    <message>
        <source>Edit Participant</source>
        <translation>Edit Peserta</translation>
    </message>
    <message>
        <source>Add Participant</source>
        <translation>Tambah Peserta</translation>
    </message>
    <message>
        <source>Archive {people}</source>
        <translation>Arsipkan {people}</translation>
    </message>
    <message>
        <source>Restore {people}</source>
        <translation>Pulihkan {people}</translation>
    </message>
    <message>
        <source>Delete {people}</source>
        <translation>Hapus {people}</translation>
    </message>
    <message>
        <source>Re-rate {person}</source>
        <translation>Nilai ulang {person}</translation>
    </message>
    <message>
        <source>Start {pairs}</source>
        <translation>Mulai {pairs}</translation>
    </message>
    <message>
        <source>End {pair} Early</source>
        <translation>Hentikan {pair}</translation>
    </message>
    <message>
        <source>Complete {pairs}</source>
        <translation>Selesaikan {pairs}</translation>
    </message>
    <message>
        <source>Start Program {program}</source>
        <translation>Mulai Program {program}</translation>
    </message>
    <message>
        <source>Close Program {program}</source>
        <translation>Tutup Program {program}</translation>
    </message>
    <message>
        <source>Reopen Program {program}</source>
        <translation>Buka Kembali Program {program}</translation>
    </message>
    <message>
        <source>Edit Meeting</source>
        <translation>Edit Pertemuan</translation>
    </message>
    <message>
        <source>Log Meeting</source>
        <translation>Catat Pertemuan</translation>
    </message>
</context>
<context>
    <name>AgenciesPage</name>
    <message>
        <source>Not paired</source>
        <translation>Belum berpasangan</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agensi</translation>
    </message>
    <message>
        <source>Client site</source>
        <translation>Lokasi klien</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Paired with</source>
        <translation>Berpasangan dengan</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Pasangan</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Pertemuan</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluasi</translation>
    </message>
    <message>
        <source>Contract ends</source>
        <translation>Kontrak berakhir</translation>
    </message>
    <message>
        <source>{date}, before the program ends</source>
        <translation>{date}, sebelum program berakhir</translation>
    </message>
    <message>
        <source>Writing the agency report...</source>
        <translation>Menulis laporan agensi...</translation>
    </message>
    <message>
        <source>Search people, agencies, sites...</source>
        <translation>Cari peserta, agensi, lokasi...</translation>
    </message>
    <message>
        <source>End Pair for &amp;Contract...</source>
        <translation>Akhiri Pasangan karena &amp;Kontrak...</translation>
    </message>
    <message>
        <source>End the selected person&apos;s pair on their contract&apos;s end date, then find a replacement</source>
        <translation>Akhiri pasangan orang yang dipilih pada tanggal akhir kontraknya, lalu cari pengganti</translation>
    </message>
    <message>
        <source>Find a &amp;Replacement...</source>
        <translation>Cari &amp;Pengganti...</translation>
    </message>
    <message>
        <source>Propose a new partner for the selected person, by the program&apos;s rules</source>
        <translation>Usulkan pasangan baru untuk orang yang dipilih, sesuai aturan program</translation>
    </message>
    <message>
        <source>&amp;Others as “employee of the client”</source>
        <translation>&amp;Lainnya sebagai “karyawan klien”</translation>
    </message>
    <message>
        <source>Name only the agency&apos;s people: their partners appear as “employee of the client” and their managers are left out, so the report can be handed to the agency</source>
        <translation>Sebut nama orang agensi saja: pasangan mereka tampil sebagai “karyawan klien” dan atasan mereka tidak dicantumkan, sehingga laporan dapat diserahkan kepada agensi</translation>
    </message>
    <message>
        <source>A&amp;gency Report...</source>
        <translation>Laporan A&amp;gensi...</translation>
    </message>
    <message>
        <source>Write a PDF on the agency chosen in the filter, figures as of today</source>
        <translation>Tulis PDF tentang agensi yang dipilih di filter, angka per hari ini</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>Semua agensi</translation>
    </message>
    <message>
        <source>Nobody in this program works through an agency.</source>
        <translation>Tidak ada peserta program ini yang bekerja melalui agensi.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{agency}&lt;/b&gt; at {site}</source>
        <translation>&lt;b&gt;{agency}&lt;/b&gt; di {site}</translation>
    </message>
    <message>
        <source>{who}: {people}, {paired} paired, {on_rhythm} meeting on rhythm, {ending} with a contract ending before the program ({soon} within 30 days)</source>
        <translation>{who}: {people}, {paired} berpasangan, {on_rhythm} bertemu sesuai ritme, {ending} dengan kontrak berakhir sebelum program ({soon} dalam 30 hari)</translation>
    </message>
    <message>
        <source>... and {count} more</source>
        <translation>... dan {count} lainnya</translation>
    </message>
    <message>
        <source>Choose an agency in the filter first</source>
        <translation>Pilih agensi di filter terlebih dahulu</translation>
    </message>
    <message>
        <source>Save the agency report</source>
        <translation>Simpan laporan agensi</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose an agency in the filter first.</source>
        <translation>Pilih agensi di filter terlebih dahulu.</translation>
    </message>
    <message>
        <source>{agency} - agency report.pdf</source>
        <translation>{agency} - laporan agensi.pdf</translation>
    </message>
    <message>
        <source>Agency Report</source>
        <translation>Laporan Agensi</translation>
    </message>
    <message>
        <source>Stopped: nothing was written.</source>
        <translation>Dihentikan: tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>Writing...</source>
        <translation>Menulis...</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Tidak ada yang ditulis.</translation>
    </message>
</context>
<context>
    <name>AgencyReport</name>
    <message>
        <source>employee of the client</source>
        <translation>karyawan klien</translation>
    </message>
    <message>
        <source>an employee of the client</source>
        <translation>seorang karyawan klien</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>belum ada jawaban</translation>
    </message>
    <message>
        <source>not shown (fewer than {count} answered)</source>
        <translation>tidak ditampilkan (kurang dari {count} jawaban)</translation>
    </message>
    <message>
        <source>Proposed, not started</source>
        <translation>Diusulkan, belum dimulai</translation>
    </message>
    <message>
        <source>Active since {date}</source>
        <translation>Aktif sejak {date}</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>tidak ada alasan yang dicatat</translation>
    </message>
    <message>
        <source>no recorded site</source>
        <translation>tanpa lokasi tercatat</translation>
    </message>
    <message>
        <source>{agency} at {site}</source>
        <translation>{agency} di {site}</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>tanpa peran</translation>
    </message>
    <message>
        <source> at {sites}</source>
        <translation> di {sites}</translation>
    </message>
    <message>
        <source>; {count} of them have left (archived)</source>
        <translation>; {count} di antaranya sudah keluar (diarsipkan)</translation>
    </message>
    <message>
        <source>{people} from {who} takes part in {program} ({roles}){where}{left}.</source>
        <translation>{people} dari {who} ikut serta dalam {program} ({roles}){where}{left}.</translation>
    </message>
    <message>
        <source>{people} from {who} take part in {program} ({roles}){where}{left}.</source>
        <translation>{people} dari {who} ikut serta dalam {program} ({roles}){where}{left}.</translation>
    </message>
    <message>
        <source>On {date}, {share} is in an active pair</source>
        <translation>Per {date}, {share} berada dalam pasangan aktif</translation>
    </message>
    <message>
        <source>On {date}, {share} are in an active pair</source>
        <translation>Per {date}, {share} berada dalam pasangan aktif</translation>
    </message>
    <message>
        <source>{count} is in a proposed pair only</source>
        <translation>{count} hanya berada dalam pasangan usulan</translation>
    </message>
    <message>
        <source>{count} are in a proposed pair only</source>
        <translation>{count} hanya berada dalam pasangan usulan</translation>
    </message>
    <message>
        <source>{count} has a pair that has finished</source>
        <translation>{count} memiliki pasangan yang sudah berakhir</translation>
    </message>
    <message>
        <source>{count} have a pair that has finished</source>
        <translation>{count} memiliki pasangan yang sudah berakhir</translation>
    </message>
    <message>
        <source>{count} is not paired</source>
        <translation>{count} belum berpasangan</translation>
    </message>
    <message>
        <source>{count} are not paired</source>
        <translation>{count} belum berpasangan</translation>
    </message>
    <message>
        <source>{pairs} ended early: {reasons}.</source>
        <translation>{pairs} berakhir lebih awal: {reasons}.</translation>
    </message>
    <message>
        <source>Their {pairs} held {held} of about {expected} expected meetings ({share}).</source>
        <translation>Mereka mengadakan {held} dari sekitar {expected} pertemuan yang diharapkan ({share}) dalam {pairs}.</translation>
    </message>
    <message>
        <source>{count} of {active} meet on rhythm.</source>
        <translation>{count} dari {active} bertemu sesuai ritme.</translation>
    </message>
    <message>
        <source>They answered {share} of the check-ins asked of them so far.</source>
        <translation>Mereka telah menjawab {share} evaluasi yang diminta dari mereka sejauh ini.</translation>
    </message>
    <message>
        <source>; {count} of them is still in an active pair</source>
        <translation>; {count} di antaranya masih dalam pasangan aktif</translation>
    </message>
    <message>
        <source>; {count} of them are still in an active pair</source>
        <translation>; {count} di antaranya masih dalam pasangan aktif</translation>
    </message>
    <message>
        <source>{contracts} ends before the program ends on {date}{still}.</source>
        <translation>{contracts} berakhir sebelum program berakhir pada {date}{still}.</translation>
    </message>
    <message>
        <source>{contracts} end before the program ends on {date}{still}.</source>
        <translation>{contracts} berakhir sebelum program berakhir pada {date}{still}.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Dasar</translation>
    </message>
    <message>
        <source>; {count} left (archived)</source>
        <translation>; {count} sudah keluar (diarsipkan)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>enrolled in the program</source>
        <translation>terdaftar dalam program</translation>
    </message>
    <message>
        <source>; {count} proposed only</source>
        <translation>; {count} hanya diusulkan</translation>
    </message>
    <message>
        <source>Paired</source>
        <translation>Berpasangan</translation>
    </message>
    <message>
        <source>{share} in an active pair</source>
        <translation>{share} dalam pasangan aktif</translation>
    </message>
    <message>
        <source>{count} active</source>
        <translation>{count} aktif</translation>
    </message>
    <message>
        <source>{count} completed</source>
        <translation>{count} selesai</translation>
    </message>
    <message>
        <source>{count} ended early</source>
        <translation>{count} berakhir lebih awal</translation>
    </message>
    <message>
        <source>{count} proposed</source>
        <translation>{count} diusulkan</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Pasangan</translation>
    </message>
    <message>
        <source>; {count} of {active} active pairs on rhythm</source>
        <translation>; {count} dari {active} pasangan aktif sesuai ritme</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Pertemuan</translation>
    </message>
    <message>
        <source>{held} held of about {expected} expected ({share})</source>
        <translation>{held} terlaksana dari sekitar {expected} yang diharapkan ({share})</translation>
    </message>
    <message>
        <source>{pairs}, one meeting every {days} days</source>
        <translation>{pairs}, satu pertemuan setiap {days} hari</translation>
    </message>
    <message>
        <source>{done} of {goals} done ({share})</source>
        <translation>{done} dari {goals} tercapai ({share})</translation>
    </message>
    <message>
        <source>; {count} past the target date</source>
        <translation>; {count} melewati tanggal target</translation>
    </message>
    <message>
        <source>none agreed yet</source>
        <translation>belum ada yang disepakati</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <source>goals as recorded</source>
        <translation>sasaran sebagaimana tercatat</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Evaluasi</translation>
    </message>
    <message>
        <source>{share} answered</source>
        <translation>{share} dijawab</translation>
    </message>
    <message>
        <source>none asked yet</source>
        <translation>belum ada yang diminta</translation>
    </message>
    <message>
        <source>the agency&apos;s people, stages due</source>
        <translation>orang-orang agensi, tahap yang sudah jatuh tempo</translation>
    </message>
    <message>
        <source>{count} end before the program ends ({date}); {windows}</source>
        <translation>{count} berakhir sebelum program berakhir ({date}); {windows}</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>tanpa tanggal selesai</translation>
    </message>
    <message>
        <source>; {count} ended already</source>
        <translation>; {count} sudah berakhir</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <source>{count} of {people} with an end date</source>
        <translation>{count} dari {people} memiliki tanggal akhir</translation>
    </message>
    <message>
        <source>{count} within {days} days</source>
        <translation>{count} dalam {days} hari</translation>
    </message>
    <message>
        <source>(no site recorded)</source>
        <translation>(lokasi tidak tercatat)</translation>
    </message>
    <message>
        <source>By client site</source>
        <translation>Per lokasi klien</translation>
    </message>
    <message>
        <source>Client site</source>
        <translation>Lokasi klien</translation>
    </message>
    <message>
        <source>In an active pair</source>
        <translation>Dalam pasangan aktif</translation>
    </message>
    <message>
        <source>Meetings held / expected</source>
        <translation>Pertemuan terlaksana / diharapkan</translation>
    </message>
    <message>
        <source>On rhythm</source>
        <translation>Sesuai ritme</translation>
    </message>
    <message>
        <source>Contracts ending early</source>
        <translation>Kontrak berakhir lebih awal</translation>
    </message>
    <message>
        <source>{count} of {active}</source>
        <translation>{count} dari {active}</translation>
    </message>
    <message>
        <source>In an active pair: on the as-of date. On rhythm: active pairs that met within the last {days} days. Contracts ending early: before the program ends.</source>
        <translation>Dalam pasangan aktif: per tanggal laporan. Sesuai ritme: pasangan aktif yang bertemu dalam {days} hari terakhir. Kontrak berakhir lebih awal: sebelum program berakhir.</translation>
    </message>
    <message>
        <source>left (archived)</source>
        <translation>sudah keluar (diarsipkan)</translation>
    </message>
    <message>
        <source>manager: {name}</source>
        <translation>atasan: {name}</translation>
    </message>
    <message>
        <source>People and their pairs</source>
        <translation>Orang dan pasangannya</translation>
    </message>
    <message>
        <source>As of {date}.</source>
        <translation>Per {date}.</translation>
    </message>
    <message>
        <source>All of them are reverse mentors.</source>
        <translation>Semuanya adalah mentor terbalik.</translation>
    </message>
    <message>
        <source>All of them are mentees.</source>
        <translation>Semuanya adalah mentee.</translation>
    </message>
    <message>
        <source>Pair: how it stood that day, or when and why it ended. Meetings: held / about expected, and an active pair&apos;s rhythm. Goals: done / agreed, and how many are past their target date without an outcome. Check-ins: the person&apos;s own answers / the check-ins asked of them for that pair.</source>
        <translation>Pasangan: keadaannya pada hari itu, atau kapan dan mengapa berakhir. Pertemuan: terlaksana / sekitar yang diharapkan, dan ritme pasangan aktif. Sasaran: tercapai / disepakati, dan berapa yang melewati tanggal target tanpa hasil. Evaluasi: jawaban orang itu sendiri / evaluasi yang diminta darinya untuk pasangan tersebut.</translation>
    </message>
    <message>
        <source>Everyone not from {agency} is shown as “{others}”.</source>
        <translation>Semua orang yang bukan dari {agency} ditampilkan sebagai “{others}”.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Paired with</source>
        <translation>Berpasangan dengan</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Pasangan</translation>
    </message>
    <message>
        <source>, {count} late</source>
        <translation>, {count} terlambat</translation>
    </message>
    <message>
        <source>Not paired</source>
        <translation>Belum berpasangan</translation>
    </message>
    <message>
        <source>Meetings against the cadence</source>
        <translation>Pertemuan dibandingkan ritme</translation>
    </message>
    <message>
        <source>None of their pairs has started, so no meeting is expected yet.</source>
        <translation>Belum ada pasangan mereka yang dimulai, jadi belum ada pertemuan yang diharapkan.</translation>
    </message>
    <message>
        <source>{held} meetings held of about {expected} expected ({share}) over {pairs}, counting one within {grace} days of each pair&apos;s start and then one every {cadence} days, up to {date} or the pair&apos;s end.</source>
        <translation>{held} pertemuan terlaksana dari sekitar {expected} yang diharapkan ({share}) pada {pairs}, dihitung satu pertemuan dalam {grace} hari sejak pasangan dimulai lalu satu setiap {cadence} hari, hingga {date} atau berakhirnya pasangan.</translation>
    </message>
    <message>
        <source>{count} of {active} are on rhythm ({share}): they met within the last {days} days.</source>
        <translation>{count} dari {active} sesuai ritme ({share}): mereka bertemu dalam {days} hari terakhir.</translation>
    </message>
    <message>
        <source>None of their pairs is active.</source>
        <translation>Tidak ada pasangan mereka yang aktif.</translation>
    </message>
    <message>
        <source>5 or more</source>
        <translation>5 atau lebih</translation>
    </message>
    <message>
        <source>Active pairs by rhythm</source>
        <translation>Pasangan aktif menurut ritme</translation>
    </message>
    <message>
        <source>No active pair.</source>
        <translation>Tidak ada pasangan aktif.</translation>
    </message>
    <message>
        <source>Started pairs by meetings held</source>
        <translation>Pasangan menurut jumlah pertemuan</translation>
    </message>
    <message>
        <source>The {count} active pairs longest without a meeting</source>
        <translation>{count} pasangan aktif yang paling lama tanpa pertemuan</translation>
    </message>
    <message>
        <source>Active pairs not meeting on rhythm</source>
        <translation>Pasangan aktif yang tidak bertemu sesuai ritme</translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation>Ritme</translation>
    </message>
    <message>
        <source>Last met</source>
        <translation>Terakhir bertemu</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>… and {count} more of the {total} active pairs not on rhythm: each person&apos;s rhythm is in the table of people above.</source>
        <translation>… dan {count} lainnya dari {total} pasangan aktif yang tidak sesuai ritme: ritme setiap orang ada di tabel orang di atas.</translation>
    </message>
    <message>
        <source>no answer yet ({count} asked)</source>
        <translation>belum ada jawaban ({count} ditanya)</translation>
    </message>
    <message>
        <source>not shown, fewer than {count} answers · {answered}</source>
        <translation>tidak ditampilkan, kurang dari {count} jawaban · {answered}</translation>
    </message>
    <message>
        <source>Check-ins by Kirkpatrick level</source>
        <translation>Evaluasi per level Kirkpatrick</translation>
    </message>
    <message>
        <source>None of their pairs has started, so nothing is measured yet: reaction, learning, behaviour and results are measured once pairs meet and answer their check-ins.</source>
        <translation>Belum ada pasangan mereka yang dimulai, jadi belum ada yang diukur: reaksi, pembelajaran, perilaku, dan hasil diukur setelah pasangan bertemu dan mengisi evaluasi.</translation>
    </message>
    <message>
        <source>The agency&apos;s people ({agency}) and their partners apart. A check-in is asked of both sides of every pair that had started and was still running when it fell due; answers dated after {date} are not counted.</source>
        <translation>Orang-orang agensi ({agency}) dan pasangan mereka dipisahkan. Evaluasi diminta dari kedua pihak setiap pasangan yang sudah dimulai dan masih berjalan saat evaluasi jatuh tempo; jawaban bertanggal setelah {date} tidak dihitung.</translation>
    </message>
    <message>
        <source>Means of fewer than {count} answers are not shown.</source>
        <translation>Rata-rata dari kurang dari {count} jawaban tidak ditampilkan.</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Evaluasi</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>The agency&apos;s people answered</source>
        <translation>Orang agensi menjawab</translation>
    </message>
    <message>
        <source>Their partners answered</source>
        <translation>Pasangan mereka menjawab</translation>
    </message>
    <message>
        <source>{date} (not yet due)</source>
        <translation>{date} (belum jatuh tempo)</translation>
    </message>
    <message>
        <source>1 Reaction: satisfaction with the sessions</source>
        <translation>1 Reaksi: kepuasan terhadap sesi</translation>
    </message>
    <message>
        <source>The agency&apos;s people: mean · answered of asked</source>
        <translation>Orang agensi: rata-rata · menjawab dari ditanya</translation>
    </message>
    <message>
        <source>Their partners: mean · answered of asked</source>
        <translation>Pasangan mereka: rata-rata · menjawab dari ditanya</translation>
    </message>
    <message>
        <source>Mean of the reaction statements on a scale of 1 to {scale}, per person, then over people. Asked from the midpoint on.</source>
        <translation>Rata-rata pernyataan reaksi pada skala 1 sampai {scale}, per orang, lalu antarorang. Ditanyakan mulai evaluasi tengah.</translation>
    </message>
    <message>
        <source>Not asked yet: satisfaction is asked from the midpoint check-in on.</source>
        <translation>Belum ditanyakan: kepuasan ditanyakan mulai evaluasi tengah.</translation>
    </message>
    <message>
        <source>2 Learning: the mentees&apos; confidence, the same people before and after</source>
        <translation>2 Pembelajaran: rasa percaya diri mentee, orang yang sama sebelum dan sesudah</translation>
    </message>
    <message>
        <source>The mentees of these pairs rated their confidence per topic (1 to 5): {change} points on average from the baseline to the {stage}, over {mentees} who rated a topic at both and {ratings}.</source>
        <translation>Mentee dari pasangan-pasangan ini menilai rasa percaya diri mereka per topik (1 sampai 5): rata-rata {change} poin dari evaluasi awal ke evaluasi {stage}, dari {mentees} yang menilai suatu topik pada keduanya dan {ratings}.</translation>
    </message>
    <message>
        <source>The final check-in is not in yet.</source>
        <translation>Evaluasi akhir belum masuk.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>not shown (fewer than {count})</source>
        <translation>tidak ditampilkan (kurang dari {count})</translation>
    </message>
    <message>
        <source>Not shown: fewer than {count} mentees rated their confidence at both check-ins ({learners}).</source>
        <translation>Tidak ditampilkan: kurang dari {count} mentee menilai rasa percaya dirinya pada kedua evaluasi ({learners}).</translation>
    </message>
    <message>
        <source>No mentee in these pairs has rated their confidence at both the baseline and a later check-in yet.</source>
        <translation>Belum ada mentee dalam pasangan-pasangan ini yang menilai rasa percaya dirinya pada evaluasi awal sekaligus evaluasi berikutnya.</translation>
    </message>
    <message>
        <source>3 Behaviour: what people now do differently</source>
        <translation>3 Perilaku: apa yang kini dilakukan secara berbeda</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Pernyataan</translation>
    </message>
    <message>
        <source>The agency&apos;s people: mean (n)</source>
        <translation>Orang agensi: rata-rata (n)</translation>
    </message>
    <message>
        <source>Their partners: mean (n)</source>
        <translation>Pasangan mereka: rata-rata (n)</translation>
    </message>
    <message>
        <source>At the {stage} check-in, on a scale of 1 to {scale}.</source>
        <translation>Pada evaluasi {stage}, skala 1 sampai {scale}.</translation>
    </message>
    <message>
        <source>No behaviour statement has been answered at the midpoint or final check-in yet.</source>
        <translation>Belum ada pernyataan perilaku yang dijawab pada evaluasi tengah atau akhir.</translation>
    </message>
    <message>
        <source>4 Results: goals and completed pairs</source>
        <translation>4 Hasil: sasaran dan pasangan yang selesai</translation>
    </message>
    <message>
        <source>{done} of {goals} ({share})</source>
        <translation>{done} dari {goals} ({share})</translation>
    </message>
    <message>
        <source>; {count} past the target date without an outcome</source>
        <translation>; {count} melewati tanggal target tanpa hasil</translation>
    </message>
    <message>
        <source>no goals agreed yet</source>
        <translation>belum ada sasaran yang disepakati</translation>
    </message>
    <message>
        <source>Goals achieved</source>
        <translation>Sasaran tercapai</translation>
    </message>
    <message>
        <source>{count} of {pairs}</source>
        <translation>{count} dari {pairs}</translation>
    </message>
    <message>
        <source>; {count} ended early</source>
        <translation>; {count} berakhir lebih awal</translation>
    </message>
    <message>
        <source>Pairs completed</source>
        <translation>Pasangan yang selesai</translation>
    </message>
    <message>
        <source>the agency&apos;s people {ours}; their partners {theirs}</source>
        <translation>orang agensi {ours}; pasangan mereka {theirs}</translation>
    </message>
    <message>
        <source>Goal statuses carry no date and count as recorded; a goal past its target date and not done counts as late whatever its recorded status.</source>
        <translation>Status sasaran tidak bertanggal dan dihitung sebagaimana tercatat; sasaran yang melewati tanggal target dan belum tercapai dihitung terlambat, apa pun status tercatatnya.</translation>
    </message>
    <message>
        <source>ended 1 day ago</source>
        <translation>berakhir 1 hari lalu</translation>
    </message>
    <message>
        <source>ended {count} days ago</source>
        <translation>berakhir {count} hari lalu</translation>
    </message>
    <message>
        <source>ended {count} weeks ago</source>
        <translation>berakhir {count} minggu lalu</translation>
    </message>
    <message>
        <source>ended {count} months ago</source>
        <translation>berakhir {count} bulan lalu</translation>
    </message>
    <message>
        <source>Contracts ending</source>
        <translation>Kontrak yang berakhir</translation>
    </message>
    <message>
        <source>No contract end date is recorded for these people.</source>
        <translation>Tidak ada tanggal akhir kontrak yang tercatat untuk orang-orang ini.</translation>
    </message>
    <message>
        <source>{count} of {people} have a contract end date.</source>
        <translation>{count} dari {people} memiliki tanggal akhir kontrak.</translation>
    </message>
    <message>
        <source>; {count} of them still in an active pair, which will end early unless the contract is extended or the pair finishes first</source>
        <translation>; {count} di antaranya masih dalam pasangan aktif, yang akan berakhir lebih awal kecuali kontraknya diperpanjang atau pasangan selesai lebih dulu</translation>
    </message>
    <message>
        <source>{count} ends before the program ends on {date}{still}.</source>
        <translation>{count} berakhir sebelum program berakhir pada {date}{still}.</translation>
    </message>
    <message>
        <source>{count} end before the program ends on {date}{still}.</source>
        <translation>{count} berakhir sebelum program berakhir pada {date}{still}.</translation>
    </message>
    <message>
        <source>The program has no end date.</source>
        <translation>Program tidak memiliki tanggal selesai.</translation>
    </message>
    <message>
        <source>; {count} had ended already</source>
        <translation>; {count} sudah berakhir</translation>
    </message>
    <message>
        <source>Counted from {date}: {windows}{ended}.</source>
        <translation>Dihitung dari {date}: {windows}{ended}.</translation>
    </message>
    <message>
        <source>None ends before the program or within {days} days.</source>
        <translation>Tidak ada yang berakhir sebelum program atau dalam {days} hari.</translation>
    </message>
    <message>
        <source>Contract ends</source>
        <translation>Kontrak berakhir</translation>
    </message>
    <message>
        <source>How soon</source>
        <translation>Berapa lama lagi</translation>
    </message>
    <message>
        <source>Pair on {date}</source>
        <translation>Pasangan per {date}</translation>
    </message>
    <message>
        <source>{date}, before the program ends</source>
        <translation>{date}, sebelum program berakhir</translation>
    </message>
    <message>
        <source>{status} with {partner}</source>
        <translation>{status} dengan {partner}</translation>
    </message>
    <message>
        <source>no open pair</source>
        <translation>tidak ada pasangan berjalan</translation>
    </message>
    <message>
        <source>Listed: contracts that end before the program ends or within {days} days of {date}. In colour: the person is still in an active pair.</source>
        <translation>Tercantum: kontrak yang berakhir sebelum program berakhir atau dalam {days} hari sejak {date}. Berwarna: orang tersebut masih dalam pasangan aktif.</translation>
    </message>
    <message>
        <source>Agency report · {program} · client site {site} · figures as of {date}</source>
        <translation>Laporan agensi · {program} · lokasi klien {site} · angka per {date}</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(tidak tercatat)</translation>
    </message>
    <message>
        <source>Agency report · {program} · figures as of {date}</source>
        <translation>Laporan agensi · {program} · angka per {date}</translation>
    </message>
    <message>
        <source>Only {agency}&apos;s people are named: their partners appear as “{others}”, their managers at the client are left out, the names of the client&apos;s staff are taken out of recorded reasons, and no mean of fewer than {count} answers is shown.</source>
        <translation>Hanya orang-orang {agency} yang disebut namanya: pasangan mereka ditampilkan sebagai “{others}”, atasan mereka di pihak klien tidak dicantumkan, nama staf klien dihapus dari alasan yang dicatat, dan tidak ada rata-rata dari kurang dari {count} jawaban yang ditampilkan.</translation>
    </message>
    <message>
        <source>In short</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>How the figures are counted</source>
        <translation>Cara angka dihitung</translation>
    </message>
    <message>
        <source>Everything is as of {date}: meetings and check-ins dated later are left out, and a pair is shown as it stood that day (one that ended later was still active, one that started later was still a proposal). The agency, client site and contract end are those recorded for each person now; contracts are counted from the as-of date. Goal statuses and archiving carry no date and count as recorded. Expected meetings: one within {grace} days of a pair&apos;s start, then one every {cadence} days, up to the as-of date or the pair&apos;s end.</source>
        <translation>Semua angka per {date}: pertemuan dan evaluasi yang bertanggal sesudahnya tidak dihitung, dan pasangan ditampilkan sebagaimana keadaannya pada hari itu (yang berakhir sesudahnya masih aktif, yang dimulai sesudahnya masih berupa usulan). Agensi, lokasi klien, dan akhir kontrak adalah yang saat ini tercatat untuk setiap orang; kontrak dihitung dari tanggal laporan. Status sasaran dan pengarsipan tidak bertanggal dan dihitung sebagaimana tercatat. Pertemuan yang diharapkan: satu dalam {grace} hari sejak pasangan dimulai, lalu satu setiap {cadence} hari, hingga tanggal laporan atau berakhirnya pasangan.</translation>
    </message>
    <message>
        <source>{agency} at {site}: agency report</source>
        <translation>{agency} di {site}: laporan agensi</translation>
    </message>
    <message>
        <source>{agency}: agency report</source>
        <translation>{agency}: laporan agensi</translation>
    </message>
    <message>
        <source>{agency} and the client</source>
        <translation>{agency} dan klien</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>today</source>
        <translation>hari ini</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} hari</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 hari</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count} minggu</translation>
    </message>
    <message>
        <source>{count} months</source>
        <translation>{count} bulan</translation>
    </message>
    <message>
        <source>{amount} overdue</source>
        <translation>terlambat {amount}</translation>
    </message>
    <message>
        <source>in {amount}</source>
        <translation>dalam {amount}</translation>
    </message>
    <message>
        <source>{mentor} and {mentee}</source>
        <translation>{mentor} dan {mentee}</translation>
    </message>
    <message>
        <source>{pair}: {health}, no meeting for {days} days (the program meets every {cadence}).</source>
        <translation>{pair}: {health}, tidak ada pertemuan selama {days} hari (program bertemu setiap {cadence} hari).</translation>
    </message>
    <message>
        <source>{pair}: goal “{goal}” was due {date} ({progress} % done).</source>
        <translation>{pair}: sasaran “{goal}” jatuh tempo {date} ({progress} % selesai).</translation>
    </message>
    <message>
        <source>{pair}: the {stage} evaluation from the {who} is missing.</source>
        <translation>{pair}: evaluasi tahap {stage} dari {who} belum ada.</translation>
    </message>
    <message>
        <source>{pair}: the {stage} evaluation from the mentor and mentee is missing.</source>
        <translation>{pair}: evaluasi tahap {stage} dari mentor dan mentee belum ada.</translation>
    </message>
    <message>
        <source>{person} has left (archived) but the pair with {partner} is still active.</source>
        <translation>{person} sudah keluar (diarsipkan), tetapi pasangannya dengan {partner} masih aktif.</translation>
    </message>
    <message>
        <source>{person}&apos;s contract with {agency} ends {date}, before the program ends {end}.</source>
        <translation>Kontrak {person} dengan {agency} berakhir {date}, sebelum program berakhir {end}.</translation>
    </message>
    <message>
        <source>the agency</source>
        <translation>agensi</translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>Log a meeting ›</source>
        <translation>Catat pertemuan ›</translation>
    </message>
    <message>
        <source>Open the goal ›</source>
        <translation>Buka sasaran ›</translation>
    </message>
    <message>
        <source>Enter the evaluation ›</source>
        <translation>Isi evaluasi ›</translation>
    </message>
    <message>
        <source>Open the person ›</source>
        <translation>Buka profil peserta ›</translation>
    </message>
    <message>
        <source>End the pair, find a replacement ›</source>
        <translation>Akhiri pasangan, cari pengganti ›</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Search alerts...</source>
        <translation>Cari peringatan...</translation>
    </message>
    <message>
        <source>All alerts</source>
        <translation>Semua peringatan</translation>
    </message>
    <message>
        <source>&amp;Act on Selected</source>
        <translation>&amp;Tindak Lanjuti Terpilih</translation>
    </message>
</context>
<context>
    <name>AuditCsv</name>
    <message>
        <source>When (local time)</source>
        <translation>Waktu (waktu setempat)</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Waktu (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pemulihan</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Penghapusan</translation>
    </message>
    <message>
        <source>Anonymisation</source>
        <translation>Anonimisasi</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>not yet in the file</source>
        <translation>belum masuk ke berkas</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>diurungkan</translation>
    </message>
    <message>
        <source>undone, then replaced</source>
        <translation>diurungkan, lalu diganti</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>berlaku</translation>
    </message>
    <message>
        <source>{name} does not end in .csv; give the file that ending to export the audit.</source>
        <translation>{name} tidak berakhiran .csv; beri berkas itu akhiran tersebut untuk mengekspor audit.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; create it or choose another.</source>
        <translation>Folder {folder} tidak ada; buat folder itu atau pilih yang lain.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Who changed what and when: every edit (with the computer user who made it), and the exports, restores and erasures, which cannot be undone.</source>
        <translation>Siapa mengubah apa dan kapan: setiap perubahan (dengan pengguna komputer yang membuatnya), serta ekspor, pemulihan, dan penghapusan permanen, yang tidak dapat diurungkan.</translation>
    </message>
    <message>
        <source>Search the audit...</source>
        <translation>Cari di audit...</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Sa&amp;mpai:</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>E&amp;xport CSV...</source>
        <translation>E&amp;kspor CSV...</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entri audit</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Semua orang</translation>
    </message>
    <message>
        <source>{shown} of {entries}</source>
        <translation>{shown} dari {entries}</translation>
    </message>
    <message>
        <source>Export the audit</source>
        <translation>Ekspor audit</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No data yet</source>
        <translation>Belum ada data</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>No answers yet.</source>
        <translation>Belum ada jawaban.</translation>
    </message>
    <message>
        <source>No data yet.</source>
        <translation>Belum ada data.</translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <source>Permanent</source>
        <translation>Tetap</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <source>Outsourced</source>
        <translation>Alih daya</translation>
    </message>
    <message>
        <source>Intern</source>
        <translation>Magang</translation>
    </message>
    <message>
        <source>Reverse mentor</source>
        <translation>Mentor terbalik</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Berjalan</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Diusulkan</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Berakhir lebih awal</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Belum dimulai</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Sesuai jalur</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Berisiko</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tercapai</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>Tidak tercapai</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Tatap muka</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Daring</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>SDM</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Awal</translation>
    </message>
    <message>
        <source>Midpoint</source>
        <translation>Tengah</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Akhir</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Macet</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>English</source>
        <translation>bahasa Inggris</translation>
    </message>
    <message>
        <source>Bahasa Indonesia</source>
        <translation>bahasa Indonesia</translation>
    </message>
    <message>
        <source>The environment variable {name} named by {option} is not set or empty; set it to the passphrase, or leave out {option}.</source>
        <translation>Variabel lingkungan {name} yang disebut oleh {option} tidak diatur atau kosong; isi dengan kata sandi, atau hilangkan {option}.</translation>
    </message>
    <message>
        <source>{variable} set</source>
        <translation>{variable} diatur</translation>
    </message>
    <message>
        <source>No new passphrase for {name}: give {option} VAR, or run this at a terminal.</source>
        <translation>Tidak ada kata sandi baru untuk {name}: berikan {option} VAR, atau jalankan perintah ini di terminal.</translation>
    </message>
    <message>
        <source>New passphrase for {name}: </source>
        <translation>Kata sandi baru untuk {name}: </translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Ketik sekali lagi: </translation>
    </message>
    <message>
        <source>The two passphrases typed differ; nothing was changed. Run the command again.</source>
        <translation>Kedua kata sandi yang diketik berbeda; tidak ada yang diubah. Jalankan perintahnya lagi.</translation>
    </message>
    <message>
        <source>{refusal} Nothing was changed.</source>
        <translation>{refusal} Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>That passphrase is too easy to guess. {advice} Nothing was changed.</source>
        <translation>Kata sandi itu terlalu mudah ditebak. {advice} Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{name} is not encrypted: run the command without {option}.</source>
        <translation>{name} tidak terenkripsi: jalankan perintahnya tanpa {option}.</translation>
    </message>
    <message>
        <source>{name} is encrypted: give its passphrase with --passphrase-env VAR (or {variable}), or run the command at a terminal.</source>
        <translation>{name} terenkripsi: berikan kata sandinya dengan --passphrase-env VAR (atau {variable}), atau jalankan perintahnya di terminal.</translation>
    </message>
    <message>
        <source>Passphrase for {name}: </source>
        <translation>Kata sandi untuk {name}: </translation>
    </message>
    <message>
        <source>Wrote a demo program with {participants} to {path}, encrypted</source>
        <translation>Program demo dengan {participants} ditulis ke {path}, terenkripsi</translation>
    </message>
    <message>
        <source>Wrote a demo program with {participants} to {path}</source>
        <translation>Program demo dengan {participants} ditulis ke {path}</translation>
    </message>
    <message>
        <source>no organisation set</source>
        <translation>organisasi belum diatur</translation>
    </message>
    <message>
        <source>{file}  ({organisation}, format {format})</source>
        <translation>{file}  ({organisation}, format {format})</translation>
    </message>
    <message>
        <source>problem: {problem}</source>
        <translation>masalah: {problem}</translation>
    </message>
    <message>
        <source>{name} is healthy.</source>
        <translation>{name} dalam keadaan baik.</translation>
    </message>
    <message>
        <source>No snapshots yet.</source>
        <translation>Belum ada salinan cadangan.</translation>
    </message>
    <message>
        <source>taken from another file: {file}</source>
        <translation>diambil dari berkas lain: {file}</translation>
    </message>
    <message>
        <source>Snapshot written: {path}</source>
        <translation>Salinan cadangan ditulis: {path}</translation>
    </message>
    <message>
        <source>Snapshot written: (none needed)</source>
        <translation>Salinan cadangan ditulis: (tidak diperlukan)</translation>
    </message>
    <message>
        <source>There is no snapshot number {number}; see: rmdesk backup {path} --list</source>
        <translation>Tidak ada salinan cadangan nomor {number}; lihat: rmdesk backup {path} --list</translation>
    </message>
    <message>
        <source>Restoring {name} from the snapshot of {when}: {summary}</source>
        <translation>Memulihkan {name} dari salinan cadangan {when}: {summary}</translation>
    </message>
    <message>
        <source>(taken from another file: {file})</source>
        <translation>(diambil dari berkas lain: {file})</translation>
    </message>
    <message>
        <source>Restored {name}. The replaced version was kept as a snapshot.</source>
        <translation>{name} sudah dipulihkan. Versi yang diganti disimpan sebagai salinan cadangan.</translation>
    </message>
    <message>
        <source>Undo {action}</source>
        <translation>Urungkan {action}</translation>
    </message>
    <message>
        <source>Redo {action}</source>
        <translation>Ulangi {action}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>no program called {name} (programs: {known})</source>
        <translation>tidak ada program bernama {name} (program: {known})</translation>
    </message>
    <message>
        <source>the file has no program yet</source>
        <translation>berkas ini belum memiliki program</translation>
    </message>
    <message>
        <source>{option} goes with --agency NAME</source>
        <translation>{option} hanya dipakai bersama --agency NAMA</translation>
    </message>
    <message>
        <source>--agency writes one PDF: give --out FILE.pdf (not --pair or --each)</source>
        <translation>--agency menulis satu PDF: berikan --out BERKAS.pdf (bukan --pair atau --each)</translation>
    </message>
    <message>
        <source>give either --out FILE.pdf or --each FOLDER</source>
        <translation>berikan --out BERKAS.pdf atau --each FOLDER</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>catatan: {note}</translation>
    </message>
    <message>
        <source>Wrote {reports} to {folder}</source>
        <translation>{reports} ditulis ke {folder}</translation>
    </message>
    <message>
        <source>{reports} could not be written</source>
        <translation>{reports} tidak dapat ditulis</translation>
    </message>
    <message>
        <source>there is no pair with the id {id}</source>
        <translation>tidak ada pasangan dengan id {id}</translation>
    </message>
    <message>
        <source>Wrote {path} ({pages}, figures as of {date})</source>
        <translation>{path} ditulis ({pages}, angka per {date})</translation>
    </message>
    <message>
        <source>{program}: {proposed}, total score {score}</source>
        <translation>{program}: {proposed}, skor total {score}</translation>
    </message>
    <message>
        <source>{mentor} -&gt; {mentee}  score {score}</source>
        <translation>{mentor} -&gt; {mentee}  skor {score}</translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation>peringatan: {warning}</translation>
    </message>
    <message>
        <source>not paired: {mentee}: {why}</source>
        <translation>tidak dipasangkan: {mentee}: {why}</translation>
    </message>
    <message>
        <source>Stored {proposed} (rmdesk undo {path} takes them back).</source>
        <translation>{proposed} disimpan (rmdesk undo {path} membatalkannya).</translation>
    </message>
    <message>
        <source>{text} is not a date; write it as YYYY-MM-DD</source>
        <translation>{text} bukan tanggal; tulis sebagai YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Created {path} for {organisation}, its reports in {language}</source>
        <translation>{path} dibuat untuk {organisation}, laporannya dalam {language}</translation>
    </message>
    <message>
        <source>Program {name}: {start} to {end}, planned</source>
        <translation>Program {name}: {start} sampai {end}, direncanakan</translation>
    </message>
    <message>
        <source>{text} starts {count} pair ids; give more of it</source>
        <translation>{text} mengawali {count} id pasangan; berikan lebih banyak karakternya</translation>
    </message>
    <message>
        <source>there is no pair with the id {id} in {file} (see: rmdesk pairs FILE)</source>
        <translation>tidak ada pasangan dengan id {id} di {file} (lihat: rmdesk pairs BERKAS)</translation>
    </message>
    <message>
        <source>{program} ({status}): {pairs}</source>
        <translation>{program} ({status}): {pairs}</translation>
    </message>
    <message>
        <source>from {date}</source>
        <translation>sejak {date}</translation>
    </message>
    <message>
        <source>to {date}</source>
        <translation>sampai {date}</translation>
    </message>
    <message>
        <source>{status}, locked</source>
        <translation>{status}, dikunci</translation>
    </message>
    <message>
        <source>{id}  {pair}  [{status}]  score {score}  {when}</source>
        <translation>{id}  {pair}  [{status}]  skor {score}  {when}</translation>
    </message>
    <message>
        <source>give the pair ids to start, or --all-proposed</source>
        <translation>berikan id pasangan yang akan dimulai, atau --all-proposed</translation>
    </message>
    <message>
        <source>There is no proposed pair to start.</source>
        <translation>Tidak ada pasangan usulan yang dapat dimulai.</translation>
    </message>
    <message>
        <source>Started {pairs} on {date} (rmdesk undo {path} takes it back).</source>
        <translation>{pairs} dimulai pada {date} (rmdesk undo {path} membatalkannya).</translation>
    </message>
    <message>
        <source>give --reason TEXT (ended early) or --completed</source>
        <translation>berikan --reason TEKS (berakhir lebih awal) atau --completed</translation>
    </message>
    <message>
        <source>Completed the pair on {date}.</source>
        <translation>Pasangan diselesaikan pada {date}.</translation>
    </message>
    <message>
        <source>Ended the pair early on {date}: {reason}.</source>
        <translation>Pasangan diakhiri lebih awal pada {date}: {reason}.</translation>
    </message>
    <message>
        <source>give one of --start, --close or --reopen</source>
        <translation>berikan salah satu dari --start, --close atau --reopen</translation>
    </message>
    <message>
        <source>{program} is running; {pairs} started on {date}.</source>
        <translation>{program} sedang berjalan; {pairs} dimulai pada {date}.</translation>
    </message>
    <message>
        <source>{program} is closed on {date}; {pairs} completed.</source>
        <translation>{program} ditutup pada {date}; {pairs} diselesaikan.</translation>
    </message>
    <message>
        <source>{program} is running again.</source>
        <translation>{program} berjalan kembali.</translation>
    </message>
    <message>
        <source>(rmdesk undo {path} takes it back)</source>
        <translation>(rmdesk undo {path} membatalkannya)</translation>
    </message>
    <message>
        <source>Would import from {file} (header on row {row}): {added} added, {updated} updated, {skipped} skipped, {refused} refused</source>
        <translation>Akan mengimpor dari {file} (judul kolom di baris {row}): {added} ditambahkan, {updated} diperbarui, {skipped} dilewati, {refused} ditolak</translation>
    </message>
    <message>
        <source>Imported from {file} (header on row {row}): {added} added, {updated} updated, {skipped} skipped, {refused} refused</source>
        <translation>Diimpor dari {file} (judul kolom di baris {row}): {added} ditambahkan, {updated} diperbarui, {skipped} dilewati, {refused} ditolak</translation>
    </message>
    <message>
        <source>; {count} enrolled in {program}</source>
        <translation>; {count} didaftarkan di {program}</translation>
    </message>
    <message>
        <source>{program}: nobody in it works through an agency.</source>
        <translation>{program}: tidak ada peserta yang bekerja melalui agensi.</translation>
    </message>
    <message>
        <source>{program}, as of {date}:</source>
        <translation>{program}, per {date}:</translation>
    </message>
    <message>
        <source>{agency} at {site}</source>
        <translation>{agency} di {site}</translation>
    </message>
    <message>
        <source>{count} within {days}</source>
        <translation>{count} dalam {days}</translation>
    </message>
    <message>
        <source>{agency}: {people}, {paired} paired, {on_rhythm} meeting on rhythm; contracts ending before the program: {before} ({ending})</source>
        <translation>{agency}: {people}, {paired} berpasangan, {on_rhythm} bertemu sesuai ritme; kontrak berakhir sebelum program: {before} ({ending})</translation>
    </message>
    <message>
        <source>{count} CSV files beside {path}</source>
        <translation>{count} berkas CSV di samping {path}</translation>
    </message>
    <message>
        <source>Wrote {where}: {lists}, anonymised.</source>
        <translation>{where} ditulis: {lists}, dianonimkan.</translation>
    </message>
    <message>
        <source>Wrote {where}: {lists}.</source>
        <translation>{where} ditulis: {lists}.</translation>
    </message>
    <message>
        <source>{snapshots} of the file would be rewritten the same way.</source>
        <translation>{snapshots} dari berkas ini akan ditulis ulang dengan cara yang sama.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Uji coba: tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Erasing cannot be undone: no undo, no snapshot and no restore brings this person back.</source>
        <translation>Penghapusan tidak dapat dibatalkan: tidak ada urungkan, salinan cadangan, atau pemulihan yang dapat mengembalikan orang ini.</translation>
    </message>
    <message>
        <source>erase asks before it runs; add --yes to erase without asking.</source>
        <translation>erase bertanya sebelum berjalan; tambahkan --yes untuk menghapus tanpa bertanya.</translation>
    </message>
    <message>
        <source>Type {name} or ERASE to erase them: </source>
        <translation>Ketik {name} atau ERASE untuk menghapusnya: </translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>Tidak ada yang dihapus.</translation>
    </message>
    <message>
        <source>Wrote {path}: {entries}.</source>
        <translation>{path} ditulis: {entries}.</translation>
    </message>
    <message>
        <source>Nothing recorded for that choice.</source>
        <translation>Tidak ada catatan untuk pilihan itu.</translation>
    </message>
    <message>
        <source>Give the new passphrase once: --new-passphrase-env VAR (or --passphrase-env VAR).</source>
        <translation>Berikan kata sandi baru sekali saja: --new-passphrase-env VAR (atau --passphrase-env VAR).</translation>
    </message>
    <message>
        <source>{name} is already encrypted; change its passphrase with: rmdesk rekey {path}</source>
        <translation>{name} sudah terenkripsi; ubah kata sandinya dengan: rmdesk rekey {path}</translation>
    </message>
    <message>
        <source>{name} is encrypted now, and so are its snapshots. Keep the passphrase safe: without it the file cannot be opened.</source>
        <translation>{name} kini terenkripsi, begitu pula salinan cadangannya. Simpan kata sandinya baik-baik: tanpa kata sandi itu berkas tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>{name} is not encrypted, so there is nothing to decrypt.</source>
        <translation>{name} tidak terenkripsi, jadi tidak ada yang perlu didekripsi.</translation>
    </message>
    <message>
        <source>{name} is no longer encrypted, and neither are its snapshots: anyone who has the file can read it.</source>
        <translation>{name} tidak lagi terenkripsi, begitu pula salinan cadangannya: siapa pun yang memiliki berkas ini dapat membacanya.</translation>
    </message>
    <message>
        <source>{name} is not encrypted; give it a passphrase with: rmdesk encrypt {path}</source>
        <translation>{name} tidak terenkripsi; beri kata sandi dengan: rmdesk encrypt {path}</translation>
    </message>
    <message>
        <source>That is the passphrase {name} has already; nothing was changed.</source>
        <translation>Itu kata sandi yang sudah dimiliki {name}; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{name} has its new passphrase now, and so have its snapshots.</source>
        <translation>{name} kini memakai kata sandi barunya, begitu pula salinan cadangannya.</translation>
    </message>
    <message>
        <source>--self-test makes a demo file of its own: leave out FILE and --demo.</source>
        <translation>--self-test membuat berkas demonya sendiri: hilangkan BERKAS dan --demo.</translation>
    </message>
    <message>
        <source>The details are in {file}; please send them to support.</source>
        <translation>Rinciannya ada di {file}; mohon kirimkan ke tim dukungan.</translation>
    </message>
    <message>
        <source>something went wrong that rmdesk did not expect ({error}).</source>
        <translation>terjadi kesalahan yang tidak terduga oleh rmdesk ({error}).</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>berkas ini</translation>
    </message>
    <message>
        <source>the output was cut short: the program reading it stopped before the end.</source>
        <translation>keluaran terpotong: program yang membacanya berhenti sebelum selesai.</translation>
    </message>
    <message>
        <source>the output</source>
        <translation>keluaran</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>encrypt the new file with the passphrase in this environment variable</source>
        <translation>enkripsi berkas baru dengan kata sandi dalam variabel lingkungan ini</translation>
    </message>
    <message>
        <source>encrypt the demo file with the passphrase in this environment variable</source>
        <translation>enkripsi berkas demo dengan kata sandi dalam variabel lingkungan ini</translation>
    </message>
    <message>
        <source>the passphrase the file is to have is in this environment variable (as --new-passphrase-env)</source>
        <translation>kata sandi yang akan dimiliki berkas ada dalam variabel lingkungan ini (seperti --new-passphrase-env)</translation>
    </message>
    <message>
        <source>the file&apos;s present passphrase is in this environment variable</source>
        <translation>kata sandi berkas saat ini ada dalam variabel lingkungan ini</translation>
    </message>
    <message>
        <source>create an empty program file</source>
        <translation>buat berkas program kosong</translation>
    </message>
    <message>
        <source>write a demo program file</source>
        <translation>tulis berkas program demo</translation>
    </message>
    <message>
        <source>show what a file holds</source>
        <translation>tampilkan isi sebuah berkas</translation>
    </message>
    <message>
        <source>check a file&apos;s integrity and schema</source>
        <translation>periksa keutuhan dan skema sebuah berkas</translation>
    </message>
    <message>
        <source>take a snapshot now, or --list them</source>
        <translation>ambil salinan cadangan sekarang, atau tampilkan daftarnya dengan --list</translation>
    </message>
    <message>
        <source>replace a file with one of its snapshots</source>
        <translation>ganti berkas dengan salah satu salinan cadangannya</translation>
    </message>
    <message>
        <source>undo the last change in a file</source>
        <translation>urungkan perubahan terakhir dalam berkas</translation>
    </message>
    <message>
        <source>redo the last undone change</source>
        <translation>ulangi perubahan terakhir yang diurungkan</translation>
    </message>
    <message>
        <source>list the latest changes (audit)</source>
        <translation>tampilkan perubahan terbaru (audit)</translation>
    </message>
    <message>
        <source>suggest optimal pairs with their reasons (--apply stores them)</source>
        <translation>usulkan pasangan terbaik beserta alasannya (--apply menyimpannya)</translation>
    </message>
    <message>
        <source>list a program&apos;s pairs with their ids, status, score and dates</source>
        <translation>tampilkan pasangan sebuah program beserta id, status, skor, dan tanggalnya</translation>
    </message>
    <message>
        <source>start proposed pairs (by id, or --all-proposed)</source>
        <translation>mulai pasangan usulan (berdasarkan id, atau --all-proposed)</translation>
    </message>
    <message>
        <source>end a pair early (--reason TEXT) or complete it (--completed)</source>
        <translation>akhiri pasangan lebih awal (--reason TEKS) atau selesaikan (--completed)</translation>
    </message>
    <message>
        <source>start, close or reopen a program</source>
        <translation>mulai, tutup, atau buka kembali sebuah program</translation>
    </message>
    <message>
        <source>add or update people from an Excel or CSV staff list</source>
        <translation>tambahkan atau perbarui orang dari daftar karyawan Excel atau CSV</translation>
    </message>
    <message>
        <source>outsourced people per agency and client site: paired, on rhythm, contracts ending</source>
        <translation>karyawan alih daya per agensi dan lokasi klien: berpasangan, sesuai ritme, kontrak yang berakhir</translation>
    </message>
    <message>
        <source>write a PDF report of a program, a pair (--pair ID), every pair (--each DIR) or an agency&apos;s people (--agency NAME)</source>
        <translation>tulis laporan PDF sebuah program, satu pasangan (--pair ID), setiap pasangan (--each DIR), atau karyawan sebuah agensi (--agency NAMA)</translation>
    </message>
    <message>
        <source>write the lists (people, pairs, goals...) to an Excel workbook or CSV files</source>
        <translation>tulis daftar (orang, pasangan, sasaran...) ke buku kerja Excel atau berkas CSV</translation>
    </message>
    <message>
        <source>erase a person for good (by id or employee number): every row and trace, in the file and its snapshots; not undoable</source>
        <translation>hapus seseorang untuk selamanya (berdasarkan id atau nomor karyawan): setiap baris dan jejaknya, di berkas dan salinan cadangannya; tidak dapat diurungkan</translation>
    </message>
    <message>
        <source>who changed what and when, with exports, restores and erasures (--csv OUT.csv)</source>
        <translation>siapa mengubah apa dan kapan, termasuk ekspor, pemulihan, dan penghapusan (--csv KELUARAN.csv)</translation>
    </message>
    <message>
        <source>encrypt a file and its snapshots with a new passphrase (asked twice, or --new-passphrase-env)</source>
        <translation>enkripsi berkas dan salinan cadangannya dengan kata sandi baru (ditanyakan dua kali, atau --new-passphrase-env)</translation>
    </message>
    <message>
        <source>remove a file&apos;s encryption, and its snapshots&apos;</source>
        <translation>hapus enkripsi berkas dan salinan cadangannya</translation>
    </message>
    <message>
        <source>change a file&apos;s passphrase, and its snapshots&apos; (the new one asked twice, or --new-passphrase-env)</source>
        <translation>ubah kata sandi berkas dan salinan cadangannya (kata sandi baru ditanyakan dua kali, atau --new-passphrase-env)</translation>
    </message>
    <message>
        <source>Run a reverse-mentoring program.</source>
        <translation>Jalankan program mentoring terbalik.</translation>
    </message>
    <message>
        <source>an .rmdesk file</source>
        <translation>berkas .rmdesk</translation>
    </message>
    <message>
        <source>the file&apos;s passphrase is in this environment variable</source>
        <translation>kata sandi berkas ada dalam variabel lingkungan ini</translation>
    </message>
    <message>
        <source>the new passphrase is in this environment variable</source>
        <translation>kata sandi baru ada dalam variabel lingkungan ini</translation>
    </message>
    <message>
        <source>how many people (default 60)</source>
        <translation>jumlah orang (bawaan 60)</translation>
    </message>
    <message>
        <source>same seed, same demo</source>
        <translation>benih yang sama, demo yang sama</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>cetak JSON</translation>
    </message>
    <message>
        <source>list the snapshots, newest first</source>
        <translation>tampilkan salinan cadangan, yang terbaru lebih dulu</translation>
    </message>
    <message>
        <source>a snapshot file, or its number in &apos;backup --list&apos;</source>
        <translation>berkas salinan cadangan, atau nomornya di &apos;backup --list&apos;</translation>
    </message>
    <message>
        <source>the program&apos;s name (default: the latest)</source>
        <translation>nama program (bawaan: yang terbaru)</translation>
    </message>
    <message>
        <source>store the proposals (undoable)</source>
        <translation>simpan usulan (dapat diurungkan)</translation>
    </message>
    <message>
        <source>pair as many people as possible</source>
        <translation>pasangkan sebanyak mungkin orang</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>PDF yang akan ditulis</translation>
    </message>
    <message>
        <source>write one PDF per pair into this folder</source>
        <translation>tulis satu PDF per pasangan ke folder ini</translation>
    </message>
    <message>
        <source>a pair&apos;s id: report on that pair only</source>
        <translation>id pasangan: laporan untuk pasangan itu saja</translation>
    </message>
    <message>
        <source>report on this agency&apos;s people in the program</source>
        <translation>laporan tentang karyawan agensi ini dalam program</translation>
    </message>
    <message>
        <source>with --agency: only its people at this client site</source>
        <translation>dengan --agency: hanya karyawannya di lokasi klien ini</translation>
    </message>
    <message>
        <source>with --agency: name only the agency&apos;s people; others are &apos;employee of the client&apos;</source>
        <translation>dengan --agency: sebut nama karyawan agensi itu saja; yang lain menjadi &apos;karyawan klien&apos;</translation>
    </message>
    <message>
        <source>the date the figures are as of, YYYY-MM-DD (default: today)</source>
        <translation>tanggal acuan angka, YYYY-MM-DD (bawaan: hari ini)</translation>
    </message>
    <message>
        <source>OUT.xlsx (a sheet per list) or OUT.csv</source>
        <translation>OUT.xlsx (satu lembar per daftar) atau OUT.csv</translation>
    </message>
    <message>
        <source>one list only (default: all; as CSV, one file per list)</source>
        <translation>satu daftar saja (bawaan: semua; sebagai CSV, satu berkas per daftar)</translation>
    </message>
    <message>
        <source>pseudonyms for names; no contact details or notes</source>
        <translation>nama samaran sebagai ganti nama; tanpa detail kontak atau catatan</translation>
    </message>
    <message>
        <source>the client&apos;s name (default: the file&apos;s name)</source>
        <translation>nama klien (bawaan: nama berkas)</translation>
    </message>
    <message>
        <source>also create a program with this name</source>
        <translation>buat juga program dengan nama ini</translation>
    </message>
    <message>
        <source>the program&apos;s start, YYYY-MM-DD</source>
        <translation>tanggal mulai program, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the program&apos;s end, YYYY-MM-DD</source>
        <translation>tanggal akhir program, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the language of the file&apos;s reports and workbooks (default: the terminal&apos;s)</source>
        <translation>bahasa laporan dan buku kerja berkas ini (bawaan: bahasa terminal)</translation>
    </message>
    <message>
        <source>pairs to start</source>
        <translation>pasangan yang akan dimulai</translation>
    </message>
    <message>
        <source>start every proposed pair</source>
        <translation>mulai setiap pasangan usulan</translation>
    </message>
    <message>
        <source>with --all-proposed: the program (default: the latest)</source>
        <translation>dengan --all-proposed: programnya (bawaan: yang terbaru)</translation>
    </message>
    <message>
        <source>the start date, YYYY-MM-DD (default: today)</source>
        <translation>tanggal mulai, YYYY-MM-DD (bawaan: hari ini)</translation>
    </message>
    <message>
        <source>the pair (see rmdesk pairs)</source>
        <translation>pasangannya (lihat rmdesk pairs)</translation>
    </message>
    <message>
        <source>why the pair ends early</source>
        <translation>alasan pasangan berakhir lebih awal</translation>
    </message>
    <message>
        <source>the pair finished as planned</source>
        <translation>pasangan selesai sesuai rencana</translation>
    </message>
    <message>
        <source>the end date, YYYY-MM-DD (default: today)</source>
        <translation>tanggal berakhir, YYYY-MM-DD (bawaan: hari ini)</translation>
    </message>
    <message>
        <source>the staff list: .xlsx or .csv</source>
        <translation>daftar karyawan: .xlsx atau .csv</translation>
    </message>
    <message>
        <source>enrol the people in this program (default: the latest)</source>
        <translation>daftarkan orang-orang ini di program ini (bawaan: yang terbaru)</translation>
    </message>
    <message>
        <source>their role, unless a column says</source>
        <translation>peran mereka, kecuali ada kolom yang menyebutkannya</translation>
    </message>
    <message>
        <source>columns to fields as JSON, e.g. &apos;{&quot;Nama&quot;: &quot;name&quot;}&apos;</source>
        <translation>kolom ke isian sebagai JSON, mis. &apos;{&quot;Nama&quot;: &quot;name&quot;}&apos;</translation>
    </message>
    <message>
        <source>someone already in the file (same employee no., else email): default update</source>
        <translation>orang yang sudah ada di berkas (no. karyawan sama, atau email): bawaan update</translation>
    </message>
    <message>
        <source>check every row, write nothing</source>
        <translation>periksa setiap baris, tanpa menulis apa pun</translation>
    </message>
    <message>
        <source>who to erase</source>
        <translation>orang yang akan dihapus</translation>
    </message>
    <message>
        <source>list what would go; change nothing</source>
        <translation>tampilkan apa yang akan dihapus; tanpa mengubah apa pun</translation>
    </message>
    <message>
        <source>erase without asking at the terminal</source>
        <translation>hapus tanpa bertanya di terminal</translation>
    </message>
    <message>
        <source>only what concerns this person</source>
        <translation>hanya yang menyangkut orang ini</translation>
    </message>
    <message>
        <source>from this day on, YYYY-MM-DD</source>
        <translation>mulai hari ini dan seterusnya, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>up to this day, YYYY-MM-DD</source>
        <translation>sampai hari ini, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>write the entries to a CSV file</source>
        <translation>tulis entri ke berkas CSV</translation>
    </message>
    <message>
        <source>start it with its proposed pairs</source>
        <translation>mulai program beserta pasangan usulannya</translation>
    </message>
    <message>
        <source>complete the active pairs and close</source>
        <translation>selesaikan pasangan aktif dan tutup program</translation>
    </message>
    <message>
        <source>run a closed program again</source>
        <translation>jalankan kembali program yang sudah ditutup</translation>
    </message>
    <message>
        <source>the date, YYYY-MM-DD (default: today)</source>
        <translation>tanggalnya, YYYY-MM-DD (bawaan: hari ini)</translation>
    </message>
    <message>
        <source>Run a reverse-mentoring program. Commands: {commands} (rmdesk COMMAND -h).</source>
        <translation>Jalankan program mentoring terbalik. Perintah: {commands} (rmdesk PERINTAH -h).</translation>
    </message>
    <message>
        <source>an .rmdesk file to open</source>
        <translation>berkas .rmdesk yang akan dibuka</translation>
    </message>
    <message>
        <source>open the demo program (made on first use)</source>
        <translation>buka program demo (dibuat saat pertama kali dipakai)</translation>
    </message>
    <message>
        <source>check that rmdesk works here: a demo file in a temporary folder, every page, suggested pairs, reports and an export (kept in FOLDER if given); exit code 1 names what failed</source>
        <translation>periksa bahwa rmdesk berfungsi di sini: berkas demo di folder sementara, setiap halaman, pasangan usulan, laporan, dan ekspor (disimpan di FOLDER bila diberikan); kode keluar 1 menyebutkan apa yang gagal</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Diarsipkan</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Paired</source>
        <translation>Berpasangan</translation>
    </message>
    <message>
        <source>Talent (perf. / pot.)</source>
        <translation>Talenta (kinerja / potensi)</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departemen</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Jenjang</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Generasi</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Status kepegawaian</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agensi</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>No. karyawan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Pasangan</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Tanggal target</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <source>Measure of success</source>
        <translation>Ukuran keberhasilan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Menit</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Cara</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Dijawab oleh</translation>
    </message>
    <message>
        <source>Average answer</source>
        <translation>Rata-rata jawaban</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Komentar</translation>
    </message>
</context>
<context>
    <name>ContractEnd</name>
    <message>
        <source>Contract ends</source>
        <translation>Kontrak berakhir</translation>
    </message>
    <message>
        <source>{name}: score {score} ({reasons})</source>
        <translation>{name}: skor {score} ({reasons})</translation>
    </message>
    <message>
        <source>Find a replacement</source>
        <translation>Cari pengganti</translation>
    </message>
    <message>
        <source>A new partner for {name}, best first:</source>
        <translation>Pasangan baru untuk {name}, yang terbaik lebih dulu:</translation>
    </message>
    <message>
        <source>{name}&apos;s contract with {agency} ends {when}. End the pair with {partner} early on that date, with the reason “{reason}”? You can undo it.</source>
        <translation>Kontrak {name} dengan {agency} berakhir {when}. Akhiri lebih awal pasangan dengan {partner} pada tanggal itu, dengan alasan “{reason}”? Anda dapat mengurungkannya.</translation>
    </message>
    <message>
        <source>the agency</source>
        <translation>agensinya</translation>
    </message>
    <message>
        <source>on the contract&apos;s end date</source>
        <translation>pada tanggal akhir kontraknya</translation>
    </message>
    <message>
        <source>End the pair</source>
        <translation>Akhiri pasangan</translation>
    </message>
    <message>
        <source>No free partner suits {name} under the program&apos;s rules right now.</source>
        <translation>Saat ini tidak ada calon pasangan yang masih bebas dan cocok untuk {name} menurut aturan program.</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Pasangkan</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Terjadi galat</translation>
    </message>
    <message>
        <source>Your file is safe: every change you made before this was saved. The details below are also in {log}.</source>
        <translation>Berkas Anda aman: setiap perubahan yang Anda buat sebelum ini sudah tersimpan. Rincian di bawah juga ada di {log}.</translation>
    </message>
    <message>
        <source>rmdesk met an error last time</source>
        <translation>rmdesk mengalami galat terakhir kali</translation>
    </message>
    <message>
        <source>An unexpected error happened on {when}. Your file was safe. If it keeps happening, copy the report and send it to whoever supports rmdesk for you.</source>
        <translation>Terjadi galat tak terduga pada {when}. Berkas Anda aman. Jika terus terjadi, salin laporannya dan kirimkan ke pihak yang mendukung rmdesk untuk Anda.</translation>
    </message>
    <message>
        <source>Copy Report</source>
        <translation>Salin Laporan</translation>
    </message>
    <message>
        <source>An unexpected error stopped the last action: {error}</source>
        <translation>Galat tak terduga menghentikan tindakan terakhir: {error}</translation>
    </message>
</context>
<context>
    <name>CrashLogDialog</name>
    <message>
        <source>Crash Log</source>
        <translation>Catatan Galat</translation>
    </message>
    <message>
        <source>Crash log</source>
        <translation>Catatan galat</translation>
    </message>
    <message>
        <source>&amp;Copy Log</source>
        <translation>&amp;Salin Catatan</translation>
    </message>
    <message>
        <source>Show &amp;Folder</source>
        <translation>Tampilkan &amp;Folder</translation>
    </message>
    <message>
        <source>rmdesk met these unexpected errors on this computer. The log says where each happened, never what you typed: copy it and send it to whoever supports rmdesk for you. It is kept in {folder}.</source>
        <translation>rmdesk mengalami galat tak terduga berikut di komputer ini. Catatan ini menyebut di mana setiap galat terjadi, tidak pernah apa yang Anda ketik: salin dan kirimkan ke pihak yang mendukung rmdesk untuk Anda. Catatan disimpan di {folder}.</translation>
    </message>
    <message>
        <source>There is no crash log: rmdesk has not met an unexpected error on this computer.</source>
        <translation>Tidak ada catatan galat: rmdesk belum pernah mengalami galat tak terduga di komputer ini.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>5 or more</source>
        <translation>5 atau lebih</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Participants by role</source>
        <translation>Peserta menurut peran</translation>
    </message>
    <message>
        <source>Participants by generation</source>
        <translation>Peserta menurut generasi</translation>
    </message>
    <message>
        <source>Employment (outsourced shown apart)</source>
        <translation>Kepegawaian (alih daya ditampilkan terpisah)</translation>
    </message>
    <message>
        <source>Participants by department</source>
        <translation>Peserta menurut departemen</translation>
    </message>
    <message>
        <source>Pairs by status</source>
        <translation>Pasangan menurut status</translation>
    </message>
    <message>
        <source>Pairs by meetings held</source>
        <translation>Pasangan menurut jumlah pertemuan</translation>
    </message>
    <message>
        <source>Goals by status (past their date and not done: overdue)</source>
        <translation>Sasaran menurut status (lewat tanggal dan belum selesai: terlambat)</translation>
    </message>
    <message>
        <source>Satisfaction from the midpoint on (answered of asked)</source>
        <translation>Kepuasan sejak evaluasi tengah (dijawab dari yang diminta)</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Reverse mentors</source>
        <translation>Mentor terbalik</translation>
    </message>
    <message>
        <source>Mentees&apos; confidence per topic (1-5)</source>
        <translation>Rasa percaya diri mentee per topik (1-5)</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Awal</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Akhir</translation>
    </message>
    <message>
        <source>Dashboard figures</source>
        <translation>Angka dasbor</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; enrolled</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; terdaftar</translation>
    </message>
    <message>
        <source>&lt;b&gt;{percent}&lt;/b&gt; still taking part</source>
        <translation>&lt;b&gt;{percent}&lt;/b&gt; masih ikut serta</translation>
    </message>
    <message>
        <source>nobody enrolled yet</source>
        <translation>belum ada yang terdaftar</translation>
    </message>
    <message>
        <source>&lt;b&gt;1&lt;/b&gt; pair</source>
        <translation>&lt;b&gt;1&lt;/b&gt; pasangan</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; pairs</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; pasangan</translation>
    </message>
    <message>
        <source>&lt;b&gt;1&lt;/b&gt; meeting of about {expected} expected</source>
        <translation>&lt;b&gt;1&lt;/b&gt; pertemuan dari sekitar {expected} yang diharapkan</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; meetings of about {expected} expected</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; pertemuan dari sekitar {expected} yang diharapkan</translation>
    </message>
    <message>
        <source>&lt;b&gt;1&lt;/b&gt; meeting</source>
        <translation>&lt;b&gt;1&lt;/b&gt; pertemuan</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; meetings</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; pertemuan</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; of {pairs} on rhythm</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; dari {pairs} sesuai ritme</translation>
    </message>
    <message>
        <source>no active pair</source>
        <translation>tidak ada pasangan aktif</translation>
    </message>
    <message>
        <source>&lt;b&gt;{percent}&lt;/b&gt; of {goals} done</source>
        <translation>&lt;b&gt;{percent}&lt;/b&gt; dari {goals} tercapai</translation>
    </message>
    <message>
        <source>Figures as of {date}: meetings and check-ins dated later are not counted.</source>
        <translation>Angka per {date}: pertemuan dan evaluasi yang bertanggal setelahnya tidak dihitung.</translation>
    </message>
    <message>
        <source>{stage}, {answered} of {asked} mentees</source>
        <translation>{stage}, {answered} dari {asked} mentee</translation>
    </message>
    <message>
        <source>Mentees&apos; confidence per topic (1-5): the same {mentees} at the baseline and the {stage}</source>
        <translation>Keyakinan mentee per topik (1-5): {mentees} yang sama pada tahap awal dan tahap {stage}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Type a date such as 2026-11-20 or 20/11/2026, or press Alt+Down for a calendar. Delete empties it.</source>
        <translation>Ketik tanggal seperti 2026-11-20 atau 20/11/2026, atau tekan Alt+Bawah untuk kalender. Delete mengosongkannya.</translation>
    </message>
    <message>
        <source>Pick from a calendar (Alt+Down)</source>
        <translation>Pilih dari kalender (Alt+Bawah)</translation>
    </message>
    <message>
        <source>A date is needed here. Type it as {example}.</source>
        <translation>Tanggal wajib diisi di sini. Ketik seperti {example}.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>“{shown}” is not a date. Type it as {example}.</source>
        <translation>“{shown}” bukan tanggal. Ketik seperti {example}.</translation>
    </message>
    <message>
        <source>“{shown}” is out of range: the year must be {FIRST_YEAR} to {LAST_YEAR}.</source>
        <translation>“{shown}” di luar rentang: tahunnya harus {FIRST_YEAR} sampai {LAST_YEAR}.</translation>
    </message>
    <message>
        <source>{serial:g} is not a date.</source>
        <translation>{serial:g} bukan tanggal.</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>Only rmdesk program files (.rmdesk) can be dropped here.</source>
        <translation>Hanya berkas program rmdesk (.rmdesk) yang bisa dilepas di sini.</translation>
    </message>
    <message>
        <source>{count} items: drop one rmdesk program file at a time.</source>
        <translation>{count} item: lepaskan satu berkas program rmdesk sekali waktu.</translation>
    </message>
    <message>
        <source>{name} is not on this computer: save it to a folder first, then drop it here.</source>
        <translation>{name} tidak ada di komputer ini: simpan dulu ke sebuah folder, lalu lepaskan di sini.</translation>
    </message>
    <message>
        <source>{name} is not an rmdesk program file (.rmdesk); rmdesk opens only those.</source>
        <translation>{name} bukan berkas program rmdesk (.rmdesk); rmdesk hanya membuka berkas seperti itu.</translation>
    </message>
    <message>
        <source>Pr&amp;eferences...</source>
        <translation>&amp;Preferensi...</translation>
    </message>
    <message>
        <source>Language, auto-lock, snapshots kept, new programs&apos; rhythm, paper</source>
        <translation>Bahasa, kunci otomatis, cadangan yang disimpan, ritme program baru, kertas</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Panduan Pengguna</translation>
    </message>
    <message>
        <source>Your first program, from a staff list to the final report</source>
        <translation>Program pertama Anda, dari daftar karyawan sampai laporan akhir</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Pintasan &amp;Keyboard</translation>
    </message>
    <message>
        <source>Show the &amp;Crash Log</source>
        <translation>Tampilkan &amp;Catatan Galat</translation>
    </message>
    <message>
        <source>What rmdesk recorded of unexpected errors, to send for support</source>
        <translation>Galat tak terduga yang dicatat rmdesk, untuk dikirim ke bagian dukungan</translation>
    </message>
    <message>
        <source>&amp;About rmdesk</source>
        <translation>&amp;Tentang rmdesk</translation>
    </message>
    <message>
        <source>rmdesk starts in {language} the next time you open it.</source>
        <translation>rmdesk akan tampil dalam {language} saat berikutnya Anda membukanya.</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>Preferensi disimpan.</translation>
    </message>
    <message>
        <source>Drop to open {name}</source>
        <translation>Lepaskan untuk membuka {name}</translation>
    </message>
    <message>
        <source>{name} is already open.</source>
        <translation>{name} sudah terbuka.</translation>
    </message>
    <message>
        <source>{name} is not there any more.</source>
        <translation>{name} sudah tidak ada di sana.</translation>
    </message>
    <message>
        <source>Close the open form first, then open {name}.</source>
        <translation>Tutup dulu formulir yang terbuka, lalu buka {name}.</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>&amp;Encrypt with a Passphrase...</source>
        <translation>&amp;Enkripsi dengan Frasa Sandi...</translation>
    </message>
    <message>
        <source>Encrypt this file and its snapshots with a passphrase</source>
        <translation>Enkripsi berkas ini dan cadangannya dengan frasa sandi</translation>
    </message>
    <message>
        <source>Change &amp;Passphrase...</source>
        <translation>&amp;Ganti Frasa Sandi...</translation>
    </message>
    <message>
        <source>Give this file and its snapshots a new passphrase</source>
        <translation>Beri berkas ini dan cadangannya frasa sandi baru</translation>
    </message>
    <message>
        <source>Remove Encr&amp;yption...</source>
        <translation>&amp;Hapus Enkripsi...</translation>
    </message>
    <message>
        <source>Store this file and its snapshots without encryption</source>
        <translation>Simpan berkas ini dan cadangannya tanpa enkripsi</translation>
    </message>
    <message>
        <source>{name} (locked) - rmdesk</source>
        <translation>{name} (terkunci) - rmdesk</translation>
    </message>
    <message>
        <source>{name} was locked after a while without use: rmdesk closed it and forgot what it showed. Enter the passphrase to go on.</source>
        <translation>{name} terkunci karena beberapa lama tidak dipakai: rmdesk menutupnya dan melupakan apa yang tadi ditampilkan. Masukkan frasa sandi untuk melanjutkan.</translation>
    </message>
    <message>
        <source>{name} is locked. Enter its passphrase to go on.</source>
        <translation>{name} terkunci. Masukkan frasa sandinya untuk melanjutkan.</translation>
    </message>
    <message>
        <source>Cannot unlock</source>
        <translation>Tidak dapat membuka kunci</translation>
    </message>
    <message>
        <source>{name} and its snapshots are encrypted now.</source>
        <translation>{name} dan cadangannya kini terenkripsi.</translation>
    </message>
    <message>
        <source>{name} and its snapshots have the new passphrase.</source>
        <translation>{name} dan cadangannya kini memakai frasa sandi baru.</translation>
    </message>
    <message>
        <source>{name} and its snapshots are no longer encrypted.</source>
        <translation>{name} dan cadangannya tidak lagi terenkripsi.</translation>
    </message>
    <message>
        <source>{title}: cancelled; the file was not changed.</source>
        <translation>{title}: dibatalkan; berkas tidak diubah.</translation>
    </message>
    <message>
        <source>Writing the file under its new key...</source>
        <translation>Menulis berkas dengan kuncinya yang baru...</translation>
    </message>
    <message>
        <source>Writing the file...</source>
        <translation>Menulis berkas...</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase People</source>
        <translation>Hapus Data Peserta Selamanya</translation>
    </message>
    <message>
        <source>Erasing removes a person and every trace of them: their pairs with the goals, meetings and evaluations, their never-pair entries, and what the change log and the file&apos;s snapshots hold about them. Use it when someone asks for their data to be deleted, or when the retention period has passed. To keep their history, archive them instead.</source>
        <translation>Penghapusan permanen menghilangkan seseorang beserta semua jejaknya: pasangannya dengan sasaran, pertemuan, dan evaluasinya, larangan pasangannya, serta apa pun tentang dirinya di riwayat perubahan dan di cadangan berkas. Gunakan ini jika seseorang meminta datanya dihapus, atau jika masa simpan datanya sudah lewat. Untuk menyimpan riwayatnya, arsipkan saja orang itu.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <source>&amp;One person:</source>
        <translation>&amp;Satu orang:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>&amp;People of a closed program past its retention period:</source>
        <translation>&amp;Peserta program yang sudah ditutup dan melewati masa simpan:</translation>
    </message>
    <message>
        <source>Program past its retention period</source>
        <translation>Program yang melewati masa simpan</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Caranya</translation>
    </message>
    <message>
        <source>&amp;Erase: remove them and every trace of them</source>
        <translation>&amp;Hapus: hilangkan mereka beserta semua jejaknya</translation>
    </message>
    <message>
        <source>&amp;Anonymise: keep the figures, replace the name by a pseudonym, empty the email, employee number and notes</source>
        <translation>&amp;Anonimkan: angka tetap disimpan, nama diganti nama samaran, email, nomor karyawan, dan catatan dikosongkan</translation>
    </message>
    <message>
        <source>What goes:</source>
        <translation>Yang dihapus:</translation>
    </message>
    <message>
        <source>What goes</source>
        <translation>Yang dihapus</translation>
    </message>
    <message>
        <source>&amp;Type the name or ERASE to confirm:</source>
        <translation>&amp;Ketik nama orangnya atau ERASE untuk mengonfirmasi:</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Konfirmasi</translation>
    </message>
    <message>
        <source>This cannot be undone: no undo, no snapshot and no restore brings them back.</source>
        <translation>Ini tidak dapat diurungkan: tidak ada urungkan, cadangan, atau pemulihan yang bisa mengembalikannya.</translation>
    </message>
    <message>
        <source>Choose a person...</source>
        <translation>Pilih seseorang...</translation>
    </message>
    <message>
        <source>Data is kept {months} months after a program closes (File &gt; Organisation sets it).</source>
        <translation>Data disimpan {months} bulan setelah program ditutup (diatur di Berkas &gt; Organisasi).</translation>
    </message>
    <message>
        <source>No closed program is past its retention period of {months} months (File &gt; Organisation sets it).</source>
        <translation>Tidak ada program tertutup yang melewati masa simpan {months} bulan (diatur di Berkas &gt; Organisasi).</translation>
    </message>
    <message>
        <source>What changes:</source>
        <translation>Yang berubah:</translation>
    </message>
    <message>
        <source>This cannot be undone: no undo, no snapshot and no restore brings their names back.</source>
        <translation>Ini tidak dapat diurungkan: tidak ada urungkan, cadangan, atau pemulihan yang bisa mengembalikan nama mereka.</translation>
    </message>
    <message>
        <source>Choose a person, or a program past its retention period.</source>
        <translation>Pilih seseorang, atau program yang sudah melewati masa simpan.</translation>
    </message>
    <message>
        <source>  {snapshots} of the file are rewritten the same way.</source>
        <translation>  {snapshots} berkas ini ditulis ulang dengan cara yang sama.</translation>
    </message>
    <message>
        <source>Anonymise {who}: their names become pseudonyms.</source>
        <translation>Anonimkan {who}: nama mereka diganti nama samaran.</translation>
    </message>
    <message>
        <source>Erase {who}: they go with their pairs, goals, meetings, evaluations and change-log entries.</source>
        <translation>Hapus {who}: mereka dihapus beserta pasangan, sasaran, pertemuan, evaluasi, dan catatan riwayat perubahannya.</translation>
    </message>
    <message>
        <source>&amp;Type {word} to confirm:</source>
        <translation>&amp;Ketik {word} untuk mengonfirmasi:</translation>
    </message>
    <message>
        <source>&amp;Type {name} or {word} to confirm:</source>
        <translation>&amp;Ketik {name} atau {word} untuk mengonfirmasi:</translation>
    </message>
    <message>
        <source>Anonymise for Good</source>
        <translation>Anonimkan Selamanya</translation>
    </message>
    <message>
        <source>Erase for Good</source>
        <translation>Hapus Selamanya</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>The document id {document_id!r} is not valid.</source>
        <translation>ID dokumen {document_id!r} tidak valid.</translation>
    </message>
    <message>
        <source>Give the person&apos;s id or employee number.</source>
        <translation>Berikan ID atau nomor karyawan orang tersebut.</translation>
    </message>
    <message>
        <source>Nobody in {name} has the id or employee number {text}; check it with the participants list or rmdesk audit.</source>
        <translation>Tidak ada orang di {name} dengan ID atau nomor karyawan {text}; periksa di daftar peserta atau dengan rmdesk audit.</translation>
    </message>
    <message>
        <source>{count} people in {name} have had the employee number {text}; give the id instead.</source>
        <translation>{count} orang di {name} pernah memakai nomor karyawan {text}; berikan ID-nya saja.</translation>
    </message>
    <message>
        <source>Nobody in {name} has the id {person_id}.</source>
        <translation>Tidak ada orang di {name} dengan ID {person_id}.</translation>
    </message>
    <message>
        <source>{name} is open read-only; nobody can be erased from it.</source>
        <translation>{name} terbuka hanya-baca; tidak ada yang bisa dihapus darinya.</translation>
    </message>
    <message>
        <source>{name} must be opened for editing once before anyone can be erased from it.</source>
        <translation>{name} harus dibuka untuk diedit sekali sebelum ada yang bisa dihapus darinya.</translation>
    </message>
    <message>
        <source>Choose at least one person.</source>
        <translation>Pilih setidaknya satu orang.</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Evaluation</source>
        <translation>Evaluasi</translation>
    </message>
    <message>
        <source>&amp;Pair:</source>
        <translation>&amp;Pasangan:</translation>
    </message>
    <message>
        <source>&amp;Answered by:</source>
        <translation>&amp;Dijawab oleh:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Tahap:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Tangga&amp;l:</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>tttt-bb-hh</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <source>Confidence per topic (1 = not at all, 5 = fully confident)</source>
        <translation>Rasa percaya diri per topik (1 = sama sekali tidak, 5 = sangat percaya diri)</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Tidak dijawab</translation>
    </message>
    <message>
        <source>New evaluation</source>
        <translation>Evaluasi baru</translation>
    </message>
    <message>
        <source>Edit evaluation</source>
        <translation>Ubah evaluasi</translation>
    </message>
    <message>
        <source>Questions (1 = strongly disagree, {scale} = strongly agree)</source>
        <translation>Pertanyaan (1 = sangat tidak setuju, {scale} = sangat setuju)</translation>
    </message>
    <message>
        <source>strongly disagree</source>
        <translation>sangat tidak setuju</translation>
    </message>
    <message>
        <source>strongly agree</source>
        <translation>sangat setuju</translation>
    </message>
    <message>
        <source>not at all</source>
        <translation>sama sekali tidak</translation>
    </message>
    <message>
        <source>fully</source>
        <translation>sepenuhnya</translation>
    </message>
    <message>
        <source>Confidence: {topic}</source>
        <translation>Rasa percaya diri: {topic}</translation>
    </message>
    <message>
        <source>Answer at least one question or topic before saving.</source>
        <translation>Jawab setidaknya satu pertanyaan atau topik sebelum menyimpan.</translation>
    </message>
</context>
<context>
    <name>EvaluationWorkbook</name>
    <message>
        <source>Reaction</source>
        <translation>Reaksi</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Pembelajaran</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Perilaku</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>{mentor} and {mentee} - {stage}</source>
        <translation>{mentor} dan {mentee} - {stage}</translation>
    </message>
    <message>
        <source>{program}: {stage} check-in</source>
        <translation>{program}: evaluasi tahap {stage}</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluasi</translation>
    </message>
    <message>
        <source>{mentor} (reverse mentor) and {mentee} (mentee)</source>
        <translation>{mentor} (mentor terbalik) dan {mentee} (mentee)</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Pasangan</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Dijawab oleh</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Tanggal (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Your answer (1 = strongly disagree, {scale} = strongly agree)</source>
        <translation>Jawaban Anda (1 = sangat tidak setuju, {scale} = sangat setuju)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Pernyataan</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>Your confidence (1 = not at all, 5 = fully)</source>
        <translation>Keyakinan Anda (1 = sama sekali tidak, 5 = sepenuhnya)</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>{value} is not a date (write it as 2026-08-31)</source>
        <translation>{value} bukan tanggal (tulis seperti 2026-08-31)</translation>
    </message>
    <message>
        <source>{name} is not an rmdesk questionnaire (export a blank one from rmdesk first).</source>
        <translation>{name} bukan kuesioner rmdesk (ekspor kuesioner kosong dari rmdesk terlebih dahulu).</translation>
    </message>
    <message>
        <source>{name} belongs to a pair that is not in this file.</source>
        <translation>{name} milik pasangan yang tidak ada di berkas ini.</translation>
    </message>
    <message>
        <source>{name}: the stage {stage} is unknown.</source>
        <translation>{name}: tahap {stage} tidak dikenal.</translation>
    </message>
    <message>
        <source>{cell}: this sheet does not say who answered it; use the exported workbook.</source>
        <translation>{cell}: lembar ini tidak menyebutkan siapa yang menjawabnya; gunakan buku kerja hasil ekspor.</translation>
    </message>
    <message>
        <source>{cell}: {value} is not a whole number from 1 to {high}.</source>
        <translation>{cell}: {value} bukan bilangan bulat dari 1 sampai {high}.</translation>
    </message>
    <message>
        <source>{name} holds the {respondent}&apos;s {stage} answers for the same pair twice; import it once.</source>
        <translation>{name} memuat jawaban {respondent} untuk tahap {stage} dari pasangan yang sama dua kali; impor sekali saja.</translation>
    </message>
    <message>
        <source>{name} and {other} both hold the {respondent}&apos;s {stage} answers for the same pair; import only one of them.</source>
        <translation>{name} dan {other} sama-sama memuat jawaban {respondent} untuk tahap {stage} dari pasangan yang sama; impor salah satunya saja.</translation>
    </message>
    <message>
        <source>The workbooks hold no answers yet.</source>
        <translation>Buku kerja ini belum berisi jawaban.</translation>
    </message>
</context>
<context>
    <name>EvaluationsPage</name>
    <message>
        <source>All stages</source>
        <translation>Semua tahap</translation>
    </message>
    <message>
        <source>E&amp;xport Blank...</source>
        <translation>Ekspor &amp;Kosong...</translation>
    </message>
    <message>
        <source>&amp;Import Filled...</source>
        <translation>&amp;Impor Terisi...</translation>
    </message>
    <message>
        <source>One blank .xlsx questionnaire per active pair, to fill in offline</source>
        <translation>Satu kuesioner .xlsx kosong per pasangan aktif, untuk diisi secara luring</translation>
    </message>
    <message>
        <source>Read filled-in .xlsx questionnaires back</source>
        <translation>Baca kembali kuesioner .xlsx yang sudah diisi</translation>
    </message>
    <message>
        <source>&amp;Add Evaluation...</source>
        <translation>T&amp;ambah Evaluasi...</translation>
    </message>
    <message>
        <source>Search evaluations...</source>
        <translation>Cari evaluasi...</translation>
    </message>
    <message>
        <source>Pair people first: evaluations belong to a pair.</source>
        <translation>Pasangkan peserta dulu: evaluasi selalu milik sebuah pasangan.</translation>
    </message>
    <message>
        <source>Delete evaluation</source>
        <translation>Hapus evaluasi</translation>
    </message>
    <message>
        <source>Save the blank workbooks in</source>
        <translation>Simpan buku kerja kosong di</translation>
    </message>
    <message>
        <source>Export blank workbooks</source>
        <translation>Ekspor buku kerja kosong</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Tahap:</translation>
    </message>
    <message>
        <source>Import filled workbooks</source>
        <translation>Impor buku kerja yang sudah diisi</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>There is no active pair to evaluate yet.</source>
        <translation>Belum ada pasangan aktif yang bisa dievaluasi.</translation>
    </message>
    <message>
        <source>Writing {name}...</source>
        <translation>Menulis {name}...</translation>
    </message>
    <message>
        <source>Wrote {count} workbooks to {folder}.</source>
        <translation>{count} buku kerja ditulis ke {folder}.</translation>
    </message>
    <message>
        <source>Reading {count} workbooks...</source>
        <translation>Membaca {count} buku kerja...</translation>
    </message>
    <message>
        <source>... and {count} more.</source>
        <translation>... dan {count} lainnya.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>Correct these cells and import again:</source>
        <translation>Perbaiki sel-sel berikut lalu impor lagi:</translation>
    </message>
    <message>
        <source>Imported {count} evaluations, replacing {replaced} answered before.</source>
        <translation>{count} evaluasi diimpor, menggantikan {replaced} jawaban sebelumnya.</translation>
    </message>
    <message>
        <source>Imported {count} evaluations.</source>
        <translation>{count} evaluasi diimpor.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Impor selesai</translation>
    </message>
    <message>
        <source>the {stage} evaluation by the {respondent} of {pair}</source>
        <translation>evaluasi {stage} oleh {respondent} dari pasangan {pair}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Writing participants...</source>
        <translation>Menulis peserta...</translation>
    </message>
    <message>
        <source>Writing enrolments...</source>
        <translation>Menulis pendaftaran...</translation>
    </message>
    <message>
        <source>Writing pairs...</source>
        <translation>Menulis pasangan...</translation>
    </message>
    <message>
        <source>Writing goals...</source>
        <translation>Menulis sasaran...</translation>
    </message>
    <message>
        <source>Writing meetings...</source>
        <translation>Menulis pertemuan...</translation>
    </message>
    <message>
        <source>Writing evaluations...</source>
        <translation>Menulis evaluasi...</translation>
    </message>
    <message>
        <source>{some} and {last}</source>
        <translation>{some} dan {last}</translation>
    </message>
    <message>
        <source>Reading the file...</source>
        <translation>Membaca berkas...</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Menyimpan...</translation>
    </message>
    <message>
        <source>There is no list called {name}; choose one of {lists}.</source>
        <translation>Tidak ada daftar bernama {name}; pilih salah satu dari {lists}.</translation>
    </message>
    <message>
        <source>{name} is neither .xlsx nor .csv; give the file one of those endings to export.</source>
        <translation>{name} bukan .xlsx maupun .csv; beri berkas itu salah satu akhiran tersebut untuk mengekspor.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; create it or choose another.</source>
        <translation>Folder {folder} tidak ada; buat folder itu atau pilih yang lain.</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file name to export to.</source>
        <translation>{path} adalah folder; pilih nama berkas sebagai tujuan ekspor.</translation>
    </message>
    <message>
        <source>{name} is the program file itself; choose another name.</source>
        <translation>{name} adalah berkas program itu sendiri; pilih nama lain.</translation>
    </message>
    <message>
        <source>{name} could not be written: it may be open in another program or the folder may be read-only; close it or choose another folder.</source>
        <translation>{name} tidak dapat ditulis: berkas itu mungkin sedang terbuka di program lain atau foldernya hanya-baca; tutup berkas itu atau pilih folder lain.</translation>
    </message>
    <message>
        <source>The export could not be written to {folder} ({problem}).</source>
        <translation>Ekspor tidak dapat ditulis ke {folder} ({problem}).</translation>
    </message>
    <message>
        <source>Participant {number}</source>
        <translation>Peserta {number}</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>No. karyawan</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departemen</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Tahun lahir</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Generasi</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Atasan</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Status kepegawaian</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agensi</translation>
    </message>
    <message>
        <source>Client site</source>
        <translation>Lokasi kerja</translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation>Akhir kontrak</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Kinerja</translation>
    </message>
    <message>
        <source>1 low to 3 high</source>
        <translation>1 rendah sampai 3 tinggi</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potensi</translation>
    </message>
    <message>
        <source>Topics offered</source>
        <translation>Topik yang ditawarkan</translation>
    </message>
    <message>
        <source>Topic (level 1 to 5)</source>
        <translation>Topik (tingkat 1 sampai 5)</translation>
    </message>
    <message>
        <source>Topics wanted</source>
        <translation>Topik yang diinginkan</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Tanggal persetujuan</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Diarsipkan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Participant ID</source>
        <translation>ID peserta</translation>
    </message>
    <message>
        <source>Manager ID</source>
        <translation>ID atasan</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>Pendaftaran</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Enrolment ID</source>
        <translation>ID pendaftaran</translation>
    </message>
    <message>
        <source>Program ID</source>
        <translation>ID program</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Pasangan</translation>
    </message>
    <message>
        <source>Reverse mentor</source>
        <translation>Mentor terbalik</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Dimulai</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Berakhir</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>Alasan berakhir</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Dikunci</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Pertemuan</translation>
    </message>
    <message>
        <source>Last meeting</source>
        <translation>Pertemuan terakhir</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <source>Why this pair</source>
        <translation>Alasan pasangan ini</translation>
    </message>
    <message>
        <source>The matching&apos;s reasons and warnings</source>
        <translation>Alasan dan peringatan dari pencocokan</translation>
    </message>
    <message>
        <source>Pair ID</source>
        <translation>ID pasangan</translation>
    </message>
    <message>
        <source>Mentor ID</source>
        <translation>ID mentor</translation>
    </message>
    <message>
        <source>Mentee ID</source>
        <translation>ID mentee</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Tanggal target</translation>
    </message>
    <message>
        <source>Progress %</source>
        <translation>Kemajuan %</translation>
    </message>
    <message>
        <source>Goal ID</source>
        <translation>ID sasaran</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Menit</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Cara</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>Goals worked on</source>
        <translation>Sasaran yang dikerjakan</translation>
    </message>
    <message>
        <source>Meeting ID</source>
        <translation>ID pertemuan</translation>
    </message>
    <message>
        <source>Confidence: {topic}</source>
        <translation>Keyakinan: {topic}</translation>
    </message>
    <message>
        <source>1 not at all to 5 fully</source>
        <translation>1 sama sekali tidak sampai 5 sepenuhnya</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluasi</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Responden</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>Evaluation ID</source>
        <translation>ID evaluasi</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Write the file&apos;s lists to a spreadsheet: people, enrolments, pairs, goals, meetings and evaluations, with names to read and ids to match.</source>
        <translation>Tulis daftar-daftar berkas ini ke lembar kerja: peserta, pendaftaran, pasangan, sasaran, pertemuan, dan evaluasi, dengan nama untuk dibaca dan ID untuk dicocokkan.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;Excel workbook (.xlsx): a sheet per list</source>
        <translation>Buku kerja &amp;Excel (.xlsx): satu lembar per daftar</translation>
    </message>
    <message>
        <source>C&amp;SV (UTF-8): one file per list, named after the file you choose</source>
        <translation>C&amp;SV (UTF-8): satu berkas per daftar, dinamai menurut berkas yang Anda pilih</translation>
    </message>
    <message>
        <source>&amp;Lists:</source>
        <translation>&amp;Daftar:</translation>
    </message>
    <message>
        <source>Lists to export</source>
        <translation>Daftar yang diekspor</translation>
    </message>
    <message>
        <source>&amp;Anonymise</source>
        <translation>&amp;Anonimkan</translation>
    </message>
    <message>
        <source>For people who must not see who is who, such as an outside evaluator</source>
        <translation>Untuk pihak yang tidak boleh tahu siapa orangnya, misalnya evaluator dari luar</translation>
    </message>
    <message>
        <source>Names become pseudonyms (Participant 0042), the same for one person in every list; email, employee numbers, notes, comments and the matching&apos;s reasons are left out.</source>
        <translation>Nama menjadi nama samaran (Participant 0042), sama untuk satu orang di setiap daftar; email, nomor karyawan, catatan, komentar, dan alasan pencocokan tidak disertakan.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>Pendaftaran</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Pasangan</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Pertemuan</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluasi</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Semuanya</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>Eks&amp;por...</translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <source>Restore a snapshot: rmdesk backup FILE --list, then rmdesk restore.</source>
        <translation>Pulihkan salinan cadangan: rmdesk backup BERKAS --list, lalu rmdesk restore.</translation>
    </message>
    <message>
        <source>{name} is damaged ({detail}). {restore}</source>
        <translation>{name} rusak ({detail}). {restore}</translation>
    </message>
    <message>
        <source>The disk is full: {name} could not be saved. Free some space, then try again.</source>
        <translation>Disk penuh: {name} tidak bisa disimpan. Kosongkan sebagian ruang, lalu coba lagi.</translation>
    </message>
    <message>
        <source>{name} is busy in another program. Wait a moment, then try again.</source>
        <translation>{name} sedang dipakai program lain. Tunggu sebentar, lalu coba lagi.</translation>
    </message>
    <message>
        <source>{name} cannot be written (it or its folder is read-only). Copy it, then open the copy.</source>
        <translation>{name} tidak bisa ditulis (berkas atau foldernya hanya-baca). Salin berkasnya, lalu buka salinannya.</translation>
    </message>
    <message>
        <source>{name} could not be read or written: the disk reported an error ({detail}). Check the disk or copy the file elsewhere, then try again.</source>
        <translation>{name} tidak bisa dibaca atau ditulis: disk melaporkan galat ({detail}). Periksa disk atau salin berkas ke tempat lain, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The disk is full: {what} could not be written. Free some space, then try again.</source>
        <translation>Disk penuh: {what} tidak bisa ditulis. Kosongkan sebagian ruang, lalu coba lagi.</translation>
    </message>
    <message>
        <source>{what} cannot be written: you do not have permission, or the disk is read-only.</source>
        <translation>{what} tidak bisa ditulis: Anda tidak punya izin, atau disknya hanya-baca.</translation>
    </message>
    <message>
        <source>{what} could not be written: {reason}.</source>
        <translation>{what} tidak bisa ditulis: {reason}.</translation>
    </message>
    <message>
        <source>A passphrase cannot contain a NUL character. Type it again.</source>
        <translation>Kata sandi tidak boleh berisi karakter NUL. Ketik ulang.</translation>
    </message>
    <message>
        <source>{name} is not an rmdesk file.</source>
        <translation>{name} bukan berkas rmdesk.</translation>
    </message>
    <message>
        <source>The passphrase for {name} is wrong.</source>
        <translation>Kata sandi untuk {name} salah.</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name or delete it first.</source>
        <translation>{path} sudah ada. Pilih nama lain atau hapus dulu berkas itu.</translation>
    </message>
    <message>
        <source>{name} is read-only for you (file permissions). Ask its owner for write access, or copy it and open the copy.</source>
        <translation>{name} hanya-baca bagi Anda (izin berkas). Mintalah izin menulis kepada pemiliknya, atau salin lalu buka salinannya.</translation>
    </message>
    <message>
        <source>{name} was saved by a newer rmdesk (file format {version}). Install the latest rmdesk to open it.</source>
        <translation>{name} disimpan oleh rmdesk yang lebih baru (format berkas {version}). Pasang rmdesk terbaru untuk membukanya.</translation>
    </message>
    <message>
        <source>{name} must be upgraded to this rmdesk&apos;s format, and no snapshot could be taken first ({reason}). Free some space in the rmdesk data folder, then open it again.</source>
        <translation>{name} perlu ditingkatkan ke format rmdesk ini, dan salinan cadangan tidak bisa dibuat lebih dulu ({reason}). Kosongkan sebagian ruang di folder data rmdesk, lalu buka lagi.</translation>
    </message>
    <message>
        <source>{name} is not encrypted, so it cannot be locked.</source>
        <translation>{name} tidak dienkripsi, jadi tidak bisa dikunci.</translation>
    </message>
    <message>
        <source>{name} is locked. Enter its passphrase to go on.</source>
        <translation>{name} terkunci. Masukkan kata sandinya untuk melanjutkan.</translation>
    </message>
    <message>
        <source>{name} is open read-only; changes cannot be saved.</source>
        <translation>{name} terbuka hanya-baca; perubahan tidak bisa disimpan.</translation>
    </message>
    <message>
        <source>This {entity} no longer exists in the file.</source>
        <translation>Data {entity} ini sudah tidak ada di berkas.</translation>
    </message>
    <message>
        <source>A {kind} being changed no longer exists in the file.</source>
        <translation>Data {kind} yang sedang diubah sudah tidak ada di berkas.</translation>
    </message>
    <message>
        <source>A {kind} you chose no longer exists in the file.</source>
        <translation>Data {kind} yang Anda pilih sudah tidak ada di berkas.</translation>
    </message>
    <message>
        <source>This {kind} no longer exists in the file.</source>
        <translation>Data {kind} ini sudah tidak ada di berkas.</translation>
    </message>
    <message>
        <source>{name} is this file. Choose another name for the copy.</source>
        <translation>{name} adalah berkas ini sendiri. Pilih nama lain untuk salinannya.</translation>
    </message>
    <message>
        <source>This change breaks a rule of the file ({error}).</source>
        <translation>Perubahan ini melanggar aturan berkas ({error}).</translation>
    </message>
    <message>
        <source>{path} is a folder, not an rmdesk file. Choose a .rmdesk file inside it.</source>
        <translation>{path} adalah folder, bukan berkas rmdesk. Pilih berkas .rmdesk di dalamnya.</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>Tidak ada berkas di {path}.</translation>
    </message>
    <message>
        <source>You do not have permission to read {path}. Ask the file&apos;s owner or copy it somewhere you can read it.</source>
        <translation>Anda tidak punya izin membaca {path}. Mintalah kepada pemilik berkas, atau salin ke tempat yang bisa Anda baca.</translation>
    </message>
    <message>
        <source>The path {path} is too long to open.</source>
        <translation>Jalur {path} terlalu panjang untuk dibuka.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {strerror}.</source>
        <translation>{path} tidak bisa dibaca: {strerror}.</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes): it is not an rmdesk file.</source>
        <translation>{name} kosong (0 byte): bukan berkas rmdesk.</translation>
    </message>
    <message>
        <source>{name} is not encrypted: open it without a passphrase.</source>
        <translation>{name} tidak dienkripsi: buka tanpa kata sandi.</translation>
    </message>
    <message>
        <source>{name} is encrypted. Enter its passphrase to open it.</source>
        <translation>{name} dienkripsi. Masukkan kata sandinya untuk membukanya.</translation>
    </message>
    <message>
        <source>{name} is not an rmdesk file (it is not an SQLite database).</source>
        <translation>{name} bukan berkas rmdesk (bukan basis data SQLite).</translation>
    </message>
    <message>
        <source>{name} is damaged: it is cut short ({size} bytes). Restore a snapshot.</source>
        <translation>{name} rusak: berkasnya terpotong ({size} byte). Pulihkan salinan cadangan.</translation>
    </message>
    <message>
        <source>{name} is an SQLite database of another program, not an rmdesk file. It was not changed.</source>
        <translation>{name} adalah basis data SQLite milik program lain, bukan berkas rmdesk. Berkas itu tidak diubah.</translation>
    </message>
    <message>
        <source>{name} is damaged: it holds {size} of its {whole} bytes (cut short while copying?). Restore a snapshot or copy it again from its source.</source>
        <translation>{name} rusak: isinya hanya {size} dari {whole} byte (terpotong saat disalin?). Pulihkan salinan cadangan atau salin lagi dari sumbernya.</translation>
    </message>
    <message>
        <source>{name} was saved by a newer rmdesk (file format {user_version}; this rmdesk reads up to {SCHEMA_VERSION}). Install the latest rmdesk to open it.</source>
        <translation>{name} disimpan oleh rmdesk yang lebih baru (format berkas {user_version}; rmdesk ini membaca sampai {SCHEMA_VERSION}). Pasang rmdesk terbaru untuk membukanya.</translation>
    </message>
    <message>
        <source>A local copy of {name} from an earlier session never went back; copy it from {parent} over {name}, or delete it, then try again.</source>
        <translation>Salinan lokal {name} dari sesi sebelumnya belum dikembalikan; salin dari {parent} untuk menimpa {name}, atau hapus salinan itu, lalu coba lagi.</translation>
    </message>
    <message>
        <source>{name} changed while it was being copied. Try again in a moment.</source>
        <translation>{name} berubah saat sedang disalin. Coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>The folder {parent} is read-only for you. Copy the file to a folder you can write to, then open the copy.</source>
        <translation>Folder {parent} hanya-baca bagi Anda. Salin berkas ke folder yang bisa Anda tulisi, lalu buka salinannya.</translation>
    </message>
    <message>
        <source>{parent} cannot be written: {strerror}.</source>
        <translation>{parent} tidak bisa ditulis: {strerror}.</translation>
    </message>
    <message>
        <source>{name} is in use by {describe}. Close it there first, or open a copy.</source>
        <translation>{name} sedang dipakai oleh {describe}. Tutup dulu di sana, atau buka salinannya.</translation>
    </message>
    <message>
        <source>{name} is being opened and closed by another rmdesk. Try again in a moment.</source>
        <translation>{name} sedang dibuka dan ditutup oleh rmdesk lain. Coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>{name} cannot be opened for editing: {strerror}.</source>
        <translation>{name} tidak bisa dibuka untuk diedit: {strerror}.</translation>
    </message>
    <message>
        <source>{name} is in use by another rmdesk window, which opened it under another name or through a link. Close it there first, or open a copy.</source>
        <translation>{name} sedang dipakai jendela rmdesk lain, yang membukanya dengan nama lain atau lewat tautan. Tutup dulu di sana, atau buka salinannya.</translation>
    </message>
    <message>
        <source>{name} is open read-only, so its passphrase cannot be changed. Open it to edit.</source>
        <translation>{name} terbuka hanya-baca, jadi kata sandinya tidak bisa diubah. Buka untuk diedit.</translation>
    </message>
    <message>
        <source>{name} is locked. Enter its passphrase to go on first.</source>
        <translation>{name} terkunci. Masukkan dulu kata sandinya untuk melanjutkan.</translation>
    </message>
    <message>
        <source>{name} is not encrypted, so there is no passphrase to remove.</source>
        <translation>{name} tidak dienkripsi, jadi tidak ada kata sandi yang bisa dihapus.</translation>
    </message>
    <message>
        <source>{name} is busy with a change. Wait for it to finish, then try again.</source>
        <translation>{name} sedang menyimpan perubahan. Tunggu sampai selesai, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The copy of {name} under its new key did not come out whole ({table}); {name} was not changed. Try again, or check the disk.</source>
        <translation>Salinan {name} dengan kunci barunya tidak utuh ({table}); {name} tidak diubah. Coba lagi, atau periksa disk.</translation>
    </message>
    <message>
        <source>Keep people&apos;s data between 1 and {LONGEST} months after a program closes.</source>
        <translation>Simpan data orang antara 1 dan {LONGEST} bulan setelah program ditutup.</translation>
    </message>
    <message>
        <source>The document id {document_id!r} is not valid.</source>
        <translation>ID dokumen {document_id!r} tidak valid.</translation>
    </message>
    <message>
        <source>{name} cannot be restored from itself. Choose one of its snapshots: rmdesk backup {name} --list.</source>
        <translation>{name} tidak bisa dipulihkan dari dirinya sendiri. Pilih salah satu salinan cadangannya: rmdesk backup {name} --list.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>this erasure</source>
        <translation>penghapusan ini</translation>
    </message>
    <message>
        <source>this evaluation</source>
        <translation>evaluasi ini</translation>
    </message>
    <message>
        <source>this goal</source>
        <translation>sasaran ini</translation>
    </message>
    <message>
        <source>this import</source>
        <translation>impor ini</translation>
    </message>
    <message>
        <source>these matching rules</source>
        <translation>aturan pencocokan ini</translation>
    </message>
    <message>
        <source>this meeting</source>
        <translation>pertemuan ini</translation>
    </message>
    <message>
        <source>this step</source>
        <translation>langkah ini</translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation>organisasi</translation>
    </message>
    <message>
        <source>this participant</source>
        <translation>peserta ini</translation>
    </message>
    <message>
        <source>the passphrase</source>
        <translation>frasa sandi</translation>
    </message>
    <message>
        <source>the preferences</source>
        <translation>preferensi</translation>
    </message>
    <message>
        <source>this program</source>
        <translation>program ini</translation>
    </message>
    <message>
        <source>this questionnaire</source>
        <translation>kuesioner ini</translation>
    </message>
    <message>
        <source>this form</source>
        <translation>formulir ini</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Lanjutkan mengedit</translation>
    </message>
    <message>
        <source>Discard your changes to {subject}?</source>
        <translation>Buang perubahan Anda pada {subject}?</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Correct the fields marked in red first.</source>
        <translation>Perbaiki dulu isian yang ditandai merah.</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Tidak bisa menyimpan</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Goal</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <source>&amp;Pair:</source>
        <translation>&amp;Pasangan:</translation>
    </message>
    <message>
        <source>Start from &amp;template:</source>
        <translation>Mulai dari &amp;templat:</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>T&amp;opik:</translation>
    </message>
    <message>
        <source>&amp;What (specific):</source>
        <translation>&amp;Apa (spesifik):</translation>
    </message>
    <message>
        <source>&amp;Measure of success:</source>
        <translation>&amp;Ukuran keberhasilan:</translation>
    </message>
    <message>
        <source>Target &amp;date:</source>
        <translation>Tanggal tar&amp;get:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Belum diisi</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>P&amp;rogress:</source>
        <translation>Ke&amp;majuan:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Sasaran baru</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Ubah sasaran</translation>
    </message>
    <message>
        <source>No template</source>
        <translation>Tanpa templat</translation>
    </message>
    <message>
        <source>Choose the pair this goal belongs to (pair people first).</source>
        <translation>Pilih pasangan pemilik sasaran ini (pasangkan peserta dulu).</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>&amp;Add Goal...</source>
        <translation>T&amp;ambah Sasaran...</translation>
    </message>
    <message>
        <source>Search goals...</source>
        <translation>Cari sasaran...</translation>
    </message>
    <message>
        <source>Pair people first: goals belong to a pair.</source>
        <translation>Pasangkan peserta dulu: sasaran selalu milik sebuah pasangan.</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>Hapus sasaran</translation>
    </message>
    <message>
        <source>the goal “{goal}”</source>
        <translation>sasaran “{goal}”</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>rmdesk User Guide</source>
        <translation>Panduan Pengguna rmdesk</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Panduan pengguna</translation>
    </message>
</context>
<context>
    <name>ImportPeopleDialog</name>
    <message>
        <source>Import people</source>
        <translation>Impor peserta</translation>
    </message>
    <message>
        <source>Choose an Excel (.xlsx) or CSV staff list.</source>
        <translation>Pilih daftar karyawan Excel (.xlsx) atau CSV.</translation>
    </message>
    <message>
        <source>&amp;Choose File...</source>
        <translation>Pilih Ber&amp;kas...</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>&amp;Lembar:</translation>
    </message>
    <message>
        <source>&amp;Enrol in:</source>
        <translation>&amp;Daftarkan ke:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Peran:</translation>
    </message>
    <message>
        <source>Already in the &amp;file:</source>
        <translation>Sudah ada di &amp;berkas:</translation>
    </message>
    <message>
        <source>What each column holds (change any that are wrong):</source>
        <translation>Isi setiap kolom (ubah yang keliru):</translation>
    </message>
    <message>
        <source>Columns and what they hold</source>
        <translation>Kolom dan isinya</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolom di berkas</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Contoh isi</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Berisi</translation>
    </message>
    <message>
        <source>The first rows as they will be imported:</source>
        <translation>Baris pertama seperti yang akan diimpor:</translation>
    </message>
    <message>
        <source>Preview of the people</source>
        <translation>Pratinjau peserta</translation>
    </message>
    <message>
        <source>Rows that cannot be imported</source>
        <translation>Baris yang tidak dapat diimpor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>No. karyawan</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departemen</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Jenjang</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Tahun lahir</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Status kepegawaian</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agensi</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Do not enrol them</source>
        <translation>Jangan daftarkan</translation>
    </message>
    <message>
        <source>As the Role column says (blank: not enrolled)</source>
        <translation>Sesuai kolom Peran (kosong: tidak didaftarkan)</translation>
    </message>
    <message>
        <source>Reverse mentors</source>
        <translation>Mentor terbalik</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Update them from this list</source>
        <translation>Perbarui dari daftar ini</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Lewati</translation>
    </message>
    <message>
        <source>Add them again</source>
        <translation>Tambahkan lagi</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Staff lists (*.xlsx *.csv *.txt)</source>
        <translation>Daftar karyawan (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <source>Reading {name}...</source>
        <translation>Membaca {name}...</translation>
    </message>
    <message>
        <source>{sheet}: {rows} under the header on row {row}.</source>
        <translation>{sheet}: {rows} di bawah judul kolom pada baris {row}.</translation>
    </message>
    <message>
        <source>Nothing: ignore this column</source>
        <translation>Tidak ada: abaikan kolom ini</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>kolom {number}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(kosong)</translation>
    </message>
    <message>
        <source>What {column} holds</source>
        <translation>Isi {column}</translation>
    </message>
    <message>
        <source>Checking every row...</source>
        <translation>Memeriksa setiap baris...</translation>
    </message>
    <message>
        <source>{added} to add, {updated} to update, {skipped} skipped as already in the file</source>
        <translation>{added} ditambahkan, {updated} diperbarui, {skipped} dilewati karena sudah ada di berkas</translation>
    </message>
    <message>
        <source>, {count} to enrol</source>
        <translation>, {count} didaftarkan</translation>
    </message>
    <message>
        <source>. {rows} cannot be imported (below): fix them in the file and choose it again, or import the others now.</source>
        <translation>. {rows} tidak bisa diimpor (di bawah): perbaiki di berkasnya lalu pilih lagi, atau impor yang lain sekarang.</translation>
    </message>
    <message>
        <source>. Every row can be imported.</source>
        <translation>. Semua baris bisa diimpor.</translation>
    </message>
    <message>
        <source>... and {count} more.</source>
        <translation>... dan {count} lainnya.</translation>
    </message>
    <message>
        <source>Writing the people...</source>
        <translation>Menulis data peserta...</translation>
    </message>
</context>
<context>
    <name>LockedPage</name>
    <message>
        <source>Locked</source>
        <translation>Terkunci</translation>
    </message>
    <message>
        <source>&amp;Unlock...</source>
        <translation>Buka &amp;Kunci...</translation>
    </message>
    <message>
        <source>&amp;Close the File</source>
        <translation>T&amp;utup Berkas</translation>
    </message>
</context>
<context>
    <name>LongWork</name>
    <message>
        <source>Working...</source>
        <translation>Sedang bekerja...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>rmdesk</source>
        <translation>rmdesk</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Buka Berkas Te&amp;rakhir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Program</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>&amp;New Program File...</source>
        <translation>Berkas Program &amp;Baru...</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>B&amp;uka...</translation>
    </message>
    <message>
        <source>Or&amp;ganisation...</source>
        <translation>&amp;Organisasi...</translation>
    </message>
    <message>
        <source>Restore a Sna&amp;pshot...</source>
        <translation>Pulihkan &amp;Cadangan...</translation>
    </message>
    <message>
        <source>&amp;Import People...</source>
        <translation>&amp;Impor Peserta...</translation>
    </message>
    <message>
        <source>Add or update people from an Excel or CSV staff list</source>
        <translation>Tambah atau perbarui peserta dari daftar karyawan Excel atau CSV</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>Eks&amp;por...</translation>
    </message>
    <message>
        <source>Write people, pairs, goals, meetings and evaluations to Excel or CSV, anonymised if you wish</source>
        <translation>Tulis peserta, pasangan, sasaran, pertemuan, dan evaluasi ke Excel atau CSV, dianonimkan bila perlu</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As...</source>
        <translation>Simpan &amp;Salinan Sebagai...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>&amp;New Program...</source>
        <translation>Program &amp;Baru...</translation>
    </message>
    <message>
        <source>&amp;Matching Rules...</source>
        <translation>Aturan Pen&amp;cocokan...</translation>
    </message>
    <message>
        <source>&amp;Questionnaire...</source>
        <translation>&amp;Kuesioner...</translation>
    </message>
    <message>
        <source>Program &amp;Settings...</source>
        <translation>&amp;Pengaturan Program...</translation>
    </message>
    <message>
        <source>S&amp;tart Program...</source>
        <translation>&amp;Mulai Program...</translation>
    </message>
    <message>
        <source>The program runs from now on; choose which proposed pairs start with it</source>
        <translation>Program berjalan mulai sekarang; pilih pasangan usulan yang ikut dimulai</translation>
    </message>
    <message>
        <source>&amp;Close Program...</source>
        <translation>&amp;Tutup Program...</translation>
    </message>
    <message>
        <source>See what is missing, complete the active pairs and close the program</source>
        <translation>Lihat apa yang masih kurang, selesaikan pasangan aktif, lalu tutup program</translation>
    </message>
    <message>
        <source>&amp;Reopen Program</source>
        <translation>B&amp;uka Kembali Program</translation>
    </message>
    <message>
        <source>Run a closed program again; the pairs its closing completed are active again</source>
        <translation>Jalankan lagi program yang sudah ditutup; pasangan yang diselesaikan saat penutupan aktif kembali</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Talent map</source>
        <translation>Peta talenta</translation>
    </message>
    <message>
        <source>Pairing board</source>
        <translation>Papan pasangan</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Pertemuan</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluasi</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Agensi</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>rmdesk program files (*.rmdesk)</source>
        <translation>Berkas program rmdesk (*.rmdesk)</translation>
    </message>
    <message>
        <source>Program:</source>
        <translation>Program:</translation>
    </message>
    <message>
        <source>Settings...</source>
        <translation>Pengaturan...</translation>
    </message>
    <message>
        <source>Program status</source>
        <translation>Status program</translation>
    </message>
    <message>
        <source>E&amp;rase People...</source>
        <translation>Hapus Data Peserta Sela&amp;manya...</translation>
    </message>
    <message>
        <source>Remove a person and every trace of them for good, or anonymise a closed program&apos;s people</source>
        <translation>Hapus seseorang beserta semua jejaknya untuk selamanya, atau anonimkan peserta program yang sudah ditutup</translation>
    </message>
    <message>
        <source>Open program file</source>
        <translation>Buka berkas program</translation>
    </message>
    <message>
        <source>Risky place</source>
        <translation>Lokasi berisiko</translation>
    </message>
    <message>
        <source>rmdesk can work on a local copy and copy it back when you close the file, unless the original changed meanwhile (then both are kept).</source>
        <translation>rmdesk dapat bekerja pada salinan lokal dan menyalinnya kembali saat Anda menutup berkas, kecuali berkas aslinya berubah sementara itu (maka keduanya disimpan).</translation>
    </message>
    <message>
        <source>Work on a Local Copy</source>
        <translation>Kerjakan Salinan Lokal</translation>
    </message>
    <message>
        <source>Open Here</source>
        <translation>Buka di Sini</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>Tidak dapat membuka berkas</translation>
    </message>
    <message>
        <source>Working on a local copy of {name}; it goes back when you close the file.</source>
        <translation>Bekerja pada salinan lokal {name}; salinan dikembalikan saat Anda menutup berkas.</translation>
    </message>
    <message>
        <source>Local copy</source>
        <translation>Salinan lokal</translation>
    </message>
    <message>
        <source>Writing the demo company...</source>
        <translation>Menulis perusahaan demo...</translation>
    </message>
    <message>
        <source>Demo program</source>
        <translation>Program demo</translation>
    </message>
    <message>
        <source>New program file</source>
        <translation>Berkas program baru</translation>
    </message>
    <message>
        <source>Cannot create file</source>
        <translation>Tidak dapat membuat berkas</translation>
    </message>
    <message>
        <source>{name} already exists. Open it, or choose another name.</source>
        <translation>{name} sudah ada. Buka berkas itu, atau pilih nama lain.</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Simpan salinan sebagai</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Simpan salinan</translation>
    </message>
    <message>
        <source>This file is already saved; choose another name.</source>
        <translation>Berkas ini sudah tersimpan; pilih nama lain.</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Tidak dapat menyimpan salinan</translation>
    </message>
    <message>
        <source>Copy saved as {path}</source>
        <translation>Salinan disimpan sebagai {path}</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>berkas ini</translation>
    </message>
    <message>
        <source>Restore a snapshot</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <source>There is no snapshot of this file yet.</source>
        <translation>Belum ada cadangan berkas ini.</translation>
    </message>
    <message>
        <source>Checking the snapshot of {label}...</source>
        <translation>Memeriksa cadangan {label}...</translation>
    </message>
    <message>
        <source>Restored the snapshot of {label}</source>
        <translation>Cadangan {label} dipulihkan</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Ekspor ke</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>{count} files beside {path}</source>
        <translation>{count} berkas di samping {path}</translation>
    </message>
    <message>
        <source>Exported {what} to {where}</source>
        <translation>{what} diekspor ke {where}</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Ekspor dibatalkan; tidak ada berkas yang ditulis.</translation>
    </message>
    <message>
        <source>Reading the file...</source>
        <translation>Membaca berkas...</translation>
    </message>
    <message>
        <source>Erase People</source>
        <translation>Hapus Data Peserta Selamanya</translation>
    </message>
    <message>
        <source>Finding every trace...</source>
        <translation>Mencari semua jejak...</translation>
    </message>
    <message>
        <source>{program} starts running.</source>
        <translation>{program} mulai berjalan.</translation>
    </message>
    <message>
        <source>Tick the proposed pairs that start with it ({proposals}).</source>
        <translation>Centang pasangan usulan yang dimulai bersamanya ({proposals}).</translation>
    </message>
    <message>
        <source>There is no proposed pair yet; pairs can start later from the pairing board.</source>
        <translation>Belum ada pasangan usulan; pasangan dapat dimulai nanti dari papan pasangan.</translation>
    </message>
    <message>
        <source>Start program</source>
        <translation>Mulai program</translation>
    </message>
    <message>
        <source>Start Program</source>
        <translation>Mulai Program</translation>
    </message>
    <message>
        <source>Close program</source>
        <translation>Tutup program</translation>
    </message>
    <message>
        <source>Closing {program} completes its {pairs} on the date below.</source>
        <translation>Menutup {program} menyelesaikan {pairs} pada tanggal di bawah.</translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation>Tidak ada yang kurang.</translation>
    </message>
    <message>
        <source>These are still missing; you can close anyway.</source>
        <translation>Hal-hal berikut masih kurang; Anda tetap dapat menutupnya.</translation>
    </message>
    <message>
        <source>Reopen the program or undo to go back.</source>
        <translation>Buka kembali program atau urungkan untuk kembali.</translation>
    </message>
    <message>
        <source>Close Program</source>
        <translation>Tutup Program</translation>
    </message>
    <message>
        <source>Reopen program</source>
        <translation>Buka kembali program</translation>
    </message>
    <message>
        <source>Not started yet: pairs are proposed on the pairing board.</source>
        <translation>Belum dimulai: pasangan diusulkan di papan pasangan.</translation>
    </message>
    <message>
        <source>Running: its pairs meet, work on goals and are evaluated.</source>
        <translation>Berjalan: pasangannya bertemu, mengerjakan sasaran, dan dievaluasi.</translation>
    </message>
    <message>
        <source>Closed: its pairs are finished. Reopen it to change them.</source>
        <translation>Ditutup: pasangannya sudah selesai. Buka kembali program untuk mengubahnya.</translation>
    </message>
    <message>
        <source>Start Program...</source>
        <translation>Mulai Program...</translation>
    </message>
    <message>
        <source>Close Program...</source>
        <translation>Tutup Program...</translation>
    </message>
    <message>
        <source>Reopen Program</source>
        <translation>Buka Kembali Program</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>{action}: {step}</source>
        <translation>{action}: {step}</translation>
    </message>
    <message>
        <source>{name} - rmdesk</source>
        <translation>{name} - rmdesk</translation>
    </message>
    <message>
        <source>No program yet: Program &gt; New Program</source>
        <translation>Belum ada program: Program &gt; Program Baru</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Urungkan {step}</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>U&amp;langi {step}</translation>
    </message>
</context>
<context>
    <name>Matching</name>
    <message>
        <source>Scoring every possible pair</source>
        <translation>Menilai setiap kemungkinan pasangan</translation>
    </message>
    <message>
        <source>Finding the best pairing</source>
        <translation>Mencari pemasangan terbaik</translation>
    </message>
    <message>
        <source>Explaining the proposals</source>
        <translation>Menjelaskan usulan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>No reverse mentor has a free place.</source>
        <translation>Tidak ada mentor terbalik yang masih punya tempat.</translation>
    </message>
    <message>
        <source>Every reverse mentor is ruled out (most often: {common}).</source>
        <translation>Semua mentor terbalik tidak memenuhi aturan (paling sering: {common}).</translation>
    </message>
    <message>
        <source>No allowed reverse mentor offers what this person wants to learn.</source>
        <translation>Tidak ada mentor terbalik yang diizinkan yang menawarkan apa yang ingin dipelajari orang ini.</translation>
    </message>
    <message>
        <source>The allowed reverse mentors are needed more by others, or are full.</source>
        <translation>Mentor terbalik yang diizinkan lebih dibutuhkan orang lain, atau sudah penuh.</translation>
    </message>
    <message>
        <source>{topic}: offers {offer}, wants {want} -&gt; {points}</source>
        <translation>{topic}: menawarkan {offer}, menginginkan {want} -&gt; {points}</translation>
    </message>
    <message>
        <source>same department -&gt; {points}</source>
        <translation>departemen sama -&gt; {points}</translation>
    </message>
    <message>
        <source>{value} grades apart -&gt; {points}</source>
        <translation>selisih {value} golongan -&gt; {points}</translation>
    </message>
    <message>
        <source>{generation} teaching {generation2} -&gt; {points}</source>
        <translation>{generation} mengajar {generation2} -&gt; {points}</translation>
    </message>
    <message>
        <source>both speak {shared} -&gt; {points}</source>
        <translation>sama-sama berbahasa {shared} -&gt; {points}</translation>
    </message>
    <message>
        <source>both in {location} -&gt; {points}</source>
        <translation>sama-sama di {location} -&gt; {points}</translation>
    </message>
    <message>
        <source>both report to {manager}</source>
        <translation>keduanya melapor kepada {manager}</translation>
    </message>
    <message>
        <source>both report to the same manager</source>
        <translation>keduanya melapor kepada atasan yang sama</translation>
    </message>
    <message>
        <source>the reverse mentor is not junior (grade {grade} vs {grade2})</source>
        <translation>mentor terbalik bukan junior (golongan {grade} vs {grade2})</translation>
    </message>
    <message>
        <source>the reverse mentor is not younger ({birth_year} vs {birth_year2})</source>
        <translation>mentor terbalik tidak lebih muda ({birth_year} vs {birth_year2})</translation>
    </message>
    <message>
        <source>on the never-pair list: {reason}</source>
        <translation>ada di daftar larangan pasangan: {reason}</translation>
    </message>
    <message>
        <source>on the never-pair list</source>
        <translation>ada di daftar larangan pasangan</translation>
    </message>
    <message>
        <source>already paired in {earlier}</source>
        <translation>sudah pernah berpasangan di {earlier}</translation>
    </message>
    <message>
        <source>{name} is {name2}&apos;s manager</source>
        <translation>{name} adalah atasan {name2}</translation>
    </message>
    <message>
        <source>{name} is {name2}&apos;s manager&apos;s manager</source>
        <translation>{name} adalah atasan dari atasan {name2}</translation>
    </message>
    <message>
        <source>{name} is {levels} levels above {name2} in the reporting line</source>
        <translation>{name} berada {levels} tingkat di atas {name2} dalam garis pelaporan</translation>
    </message>
    <message>
        <source>{name}&apos;s contract ends {contract_end}, before the program</source>
        <translation>kontrak {name} berakhir {contract_end}, sebelum program</translation>
    </message>
    <message>
        <source>{mentor} already has {count} mentee(s), the program&apos;s capacity</source>
        <translation>{mentor} sudah punya {count} mentee, sesuai kapasitas program</translation>
    </message>
</context>
<context>
    <name>MatchingDialog</name>
    <message>
        <source>Matching rules</source>
        <translation>Aturan pencocokan</translation>
    </message>
    <message>
        <source>Points a suggestion weighs (negative points count against a pair)</source>
        <translation>Bobot poin dalam saran (poin negatif mengurangi nilai pasangan)</translation>
    </message>
    <message>
        <source>Points per offered × wanted &amp;level:</source>
        <translation>Poin per &amp;tingkat ditawarkan × diinginkan:</translation>
    </message>
    <message>
        <source>Same &amp;department:</source>
        <translation>&amp;Departemen sama:</translation>
    </message>
    <message>
        <source>Per &amp;grade the mentee is senior:</source>
        <translation>Per &amp;jenjang mentee lebih senior:</translation>
    </message>
    <message>
        <source>...counted up to (&amp;grades):</source>
        <translation>...dihitung sampai (je&amp;njang):</translation>
    </message>
    <message>
        <source>Mentor of a &amp;younger generation:</source>
        <translation>Mentor dari &amp;generasi lebih muda:</translation>
    </message>
    <message>
        <source>Shared la&amp;nguage:</source>
        <translation>&amp;Bahasa yang sama:</translation>
    </message>
    <message>
        <source>Same l&amp;ocation:</source>
        <translation>&amp;Lokasi sama:</translation>
    </message>
    <message>
        <source>Rules a suggestion never breaks</source>
        <translation>Aturan yang selalu dipatuhi saran</translation>
    </message>
    <message>
        <source>Nobody pairs with anyone above or below them in their reporting &amp;line</source>
        <translation>Tidak ada yang dipasangkan dengan atasan atau bawahannya dalam garis pela&amp;poran</translation>
    </message>
    <message>
        <source>...nor with someone under the same manager (&amp;peers)</source>
        <translation>...atau dengan orang di bawah atasan yang sama (&amp;rekan setingkat)</translation>
    </message>
    <message>
        <source>Allow &amp;earlier pairs again (together before, in this program or another)</source>
        <translation>Izinkan pasangan la&amp;ma lagi (pernah berpasangan, di program ini atau program lain)</translation>
    </message>
    <message>
        <source>The reverse mentor is &amp;junior by:</source>
        <translation>Mentor terbalik lebih j&amp;unior menurut:</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Jenjang</translation>
    </message>
    <message>
        <source>Age (birth year)</source>
        <translation>Usia (tahun lahir)</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Tidak diperiksa</translation>
    </message>
    <message>
        <source>Matching rules of {program}</source>
        <translation>Aturan pencocokan {program}</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Meeting</source>
        <translation>Pertemuan</translation>
    </message>
    <message>
        <source>&amp;Pair:</source>
        <translation>&amp;Pasangan:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Tangga&amp;l:</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>tttt-bb-hh</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urasi:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>Ca&amp;ra:</translation>
    </message>
    <message>
        <source>&amp;Topics covered:</source>
        <translation>&amp;Topik yang dibahas:</translation>
    </message>
    <message>
        <source>Topics covered</source>
        <translation>Topik yang dibahas</translation>
    </message>
    <message>
        <source>&amp;Goals worked on:</source>
        <translation>Tu&amp;juan yang dikerjakan:</translation>
    </message>
    <message>
        <source>Goals worked on</source>
        <translation>Sasaran yang dikerjakan</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>Log a meeting</source>
        <translation>Catat pertemuan</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Ubah pertemuan</translation>
    </message>
    <message>
        <source>This meeting is dated {date}, which is in the future. Log it anyway?</source>
        <translation>Pertemuan ini bertanggal {date}, yang masih di masa depan. Tetap catat?</translation>
    </message>
    <message>
        <source>{pair} is still a proposal. Start the pair from this meeting&apos;s date, {date}?</source>
        <translation>{pair} masih berupa usulan. Mulai pasangan ini dari tanggal pertemuan ini, {date}?</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>In person or online</source>
        <translation>Tatap muka atau daring</translation>
    </message>
    <message>
        <source>&amp;Log Meeting...</source>
        <translation>Catat Pert&amp;emuan...</translation>
    </message>
    <message>
        <source>Search meetings...</source>
        <translation>Cari pertemuan...</translation>
    </message>
    <message>
        <source>Pair people first: meetings belong to a pair.</source>
        <translation>Pasangkan peserta dulu: pertemuan selalu milik sebuah pasangan.</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Hapus pertemuan</translation>
    </message>
    <message>
        <source>the meeting of {pair} on {date}</source>
        <translation>pertemuan {pair} pada {date}</translation>
    </message>
</context>
<context>
    <name>Month</name>
    <message>
        <source>January</source>
        <translation>Januari</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februari</translation>
    </message>
    <message>
        <source>March</source>
        <translation>Maret</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mei</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>Agustus</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Desember</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Start pairs</source>
        <translation>Mulai pasangan</translation>
    </message>
    <message>
        <source>What happens.</source>
        <translation>Apa yang akan terjadi.</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Pasangan</translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation>Masih kurang:</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Masih kurang</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>Pick a reason or type your own</source>
        <translation>Pilih alasan atau ketik sendiri</translation>
    </message>
    <message>
        <source>Say why the pair ends early.</source>
        <translation>Sebutkan alasan pasangan diakhiri lebih awal.</translation>
    </message>
    <message>
        <source>Tick at least one pair.</source>
        <translation>Centang setidaknya satu pasangan.</translation>
    </message>
</context>
<context>
    <name>NotOpenedDialog</name>
    <message>
        <source>Report saved</source>
        <translation>Laporan tersimpan</translation>
    </message>
    <message>
        <source>Where the report is saved</source>
        <translation>Tempat laporan disimpan</translation>
    </message>
    <message>
        <source>Show &amp;Folder</source>
        <translation>Tampilkan &amp;Folder</translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation>&amp;Salin Lokasi</translation>
    </message>
    <message>
        <source>The reports are saved, but their folder could not be opened: no file manager seems to be set up on this computer. They are here:</source>
        <translation>Laporan sudah disimpan, tetapi foldernya tidak dapat dibuka: sepertinya belum ada pengelola berkas yang disiapkan di komputer ini. Laporan ada di sini:</translation>
    </message>
    <message>
        <source>The report is saved, but it could not be opened: no program for PDF files seems to be set up on this computer. It is here:</source>
        <translation>Laporan sudah disimpan, tetapi tidak dapat dibuka: sepertinya belum ada program untuk berkas PDF di komputer ini. Laporan ada di sini:</translation>
    </message>
    <message>
        <source>The folder {folder} could not be opened either. Copy the path and paste it into your file manager.</source>
        <translation>Folder {folder} juga tidak dapat dibuka. Salin jalurnya dan tempelkan ke pengelola berkas Anda.</translation>
    </message>
    <message>
        <source>The path is on the clipboard.</source>
        <translation>Jalurnya sudah disalin ke papan klip.</translation>
    </message>
</context>
<context>
    <name>Noun</name>
    <message>
        <source>active pair</source>
        <translation>pasangan aktif</translation>
    </message>
    <message>
        <source>active pairs</source>
        <translation>pasangan aktif</translation>
    </message>
    <message>
        <source>change-log entries removed</source>
        <translation>entri log perubahan dihapus</translation>
    </message>
    <message>
        <source>change-log entries rewritten</source>
        <translation>entri log perubahan ditulis ulang</translation>
    </message>
    <message>
        <source>change-log entry removed</source>
        <translation>entri log perubahan dihapus</translation>
    </message>
    <message>
        <source>change-log entry rewritten</source>
        <translation>entri log perubahan ditulis ulang</translation>
    </message>
    <message>
        <source>client site</source>
        <translation>lokasi klien</translation>
    </message>
    <message>
        <source>client sites</source>
        <translation>lokasi klien</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>kontrak</translation>
    </message>
    <message>
        <source>contracts</source>
        <translation>kontrak</translation>
    </message>
    <message>
        <source>day</source>
        <translation>hari</translation>
    </message>
    <message>
        <source>days</source>
        <translation>hari</translation>
    </message>
    <message>
        <source>earlier row</source>
        <translation>baris lama</translation>
    </message>
    <message>
        <source>earlier rows</source>
        <translation>baris lama</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Pendaftaran</translation>
    </message>
    <message>
        <source>enrolment</source>
        <translation>pendaftaran</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>Pendaftaran</translation>
    </message>
    <message>
        <source>enrolments</source>
        <translation>pendaftaran</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>entri</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>entri</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>evaluasi</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluasi</translation>
    </message>
    <message>
        <source>evaluations</source>
        <translation>evaluasi</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluasi</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>tindak lanjut</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>tindak lanjut</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>sasaran</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>sasaran</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>pertemuan</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Pertemuan</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Pertemuan</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>pertemuan</translation>
    </message>
    <message>
        <source>mentee</source>
        <translation>mentee</translation>
    </message>
    <message>
        <source>mentees</source>
        <translation>mentee</translation>
    </message>
    <message>
        <source>never-pair entries</source>
        <translation>entri larangan pasangan</translation>
    </message>
    <message>
        <source>never-pair entry</source>
        <translation>entri larangan pasangan</translation>
    </message>
    <message>
        <source>Never-Pair Entry</source>
        <translation>Entri Larangan Pasangan</translation>
    </message>
    <message>
        <source>Never-Pair Entries</source>
        <translation>Entri Larangan Pasangan</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>other entries</source>
        <translation>entri lain</translation>
    </message>
    <message>
        <source>other entry</source>
        <translation>entri lain</translation>
    </message>
    <message>
        <source>page</source>
        <translation>halaman</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>halaman</translation>
    </message>
    <message>
        <source>pair</source>
        <translation>pasangan</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Pasangan</translation>
    </message>
    <message>
        <source>pair report</source>
        <translation>laporan pasangan</translation>
    </message>
    <message>
        <source>pair reports</source>
        <translation>laporan pasangan</translation>
    </message>
    <message>
        <source>pairs</source>
        <translation>pasangan</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Pasangan</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>peserta</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>peserta</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>people</source>
        <translation>orang</translation>
    </message>
    <message>
        <source>person</source>
        <translation>orang</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation>usulan</translation>
    </message>
    <message>
        <source>proposals</source>
        <translation>usulan</translation>
    </message>
    <message>
        <source>proposed pair</source>
        <translation>pasangan usulan</translation>
    </message>
    <message>
        <source>proposed pairs</source>
        <translation>pasangan usulan</translation>
    </message>
    <message>
        <source>reverse mentor</source>
        <translation>mentor terbalik</translation>
    </message>
    <message>
        <source>reverse mentors</source>
        <translation>mentor terbalik</translation>
    </message>
    <message>
        <source>row</source>
        <translation>baris</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>baris</translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation>salinan cadangan</translation>
    </message>
    <message>
        <source>snapshots</source>
        <translation>salinan cadangan</translation>
    </message>
    <message>
        <source>started pair</source>
        <translation>pasangan yang sudah dimulai</translation>
    </message>
    <message>
        <source>started pairs</source>
        <translation>pasangan yang sudah dimulai</translation>
    </message>
    <message>
        <source>Suggested Pair</source>
        <translation>Pasangan Usulan</translation>
    </message>
    <message>
        <source>Suggested Pairs</source>
        <translation>Pasangan Usulan</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>topik</translation>
    </message>
    <message>
        <source>topic rating</source>
        <translation>penilaian topik</translation>
    </message>
    <message>
        <source>topic ratings</source>
        <translation>penilaian topik</translation>
    </message>
    <message>
        <source>topics</source>
        <translation>topik</translation>
    </message>
    <message>
        <source>undo step</source>
        <translation>langkah urung</translation>
    </message>
    <message>
        <source>undo step removed</source>
        <translation>langkah urung dihapus</translation>
    </message>
    <message>
        <source>undo steps</source>
        <translation>langkah urung</translation>
    </message>
    <message>
        <source>undo steps removed</source>
        <translation>langkah urung dihapus</translation>
    </message>
</context>
<context>
    <name>OpenFile</name>
    <message>
        <source>Passphrase</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>{prompt}
Passphrase:</source>
        <translation>{prompt}
Kata sandi:</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>Tidak bisa membuka berkas</translation>
    </message>
    <message>
        <source>No snapshot taken</source>
        <translation>Salinan cadangan tidak dibuat</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>The client this file belongs to. Its name and logo head every report, written in the language chosen here.</source>
        <translation>Klien pemilik berkas ini. Nama dan logonya tercantum di kepala setiap laporan, yang ditulis dalam bahasa yang dipilih di sini.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>&amp;Choose...</source>
        <translation>&amp;Pilih...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;Keep people&apos;s data:</source>
        <translation>&amp;Simpan data peserta:</translation>
    </message>
    <message>
        <source>After a program closes, its people&apos;s data is kept this long; then rmdesk offers to erase or anonymise them (File &gt; Erase People).</source>
        <translation>Setelah program ditutup, data pesertanya disimpan selama ini; sesudah itu rmdesk menawarkan untuk menghapus permanen atau menganonimkannya (Berkas &gt; Hapus Data Peserta Selamanya).</translation>
    </message>
    <message>
        <source>Retention period in months</source>
        <translation>Masa simpan dalam bulan</translation>
    </message>
    <message>
        <source> months after a program closes</source>
        <translation> bulan setelah program ditutup</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>&amp;Bahasa laporan:</translation>
    </message>
    <message>
        <source>The language this file&apos;s reports are written in, on any computer and whatever language rmdesk itself shows</source>
        <translation>Bahasa laporan berkas ini, di komputer mana pun dan apa pun bahasa tampilan rmdesk</translation>
    </message>
    <message>
        <source>Language of the reports</source>
        <translation>Bahasa laporan</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Pilih logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Gambar (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>{name} is not an image rmdesk can read (use PNG or JPEG).</source>
        <translation>{name} bukan gambar yang dapat dibaca rmdesk (gunakan PNG atau JPEG).</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Tanpa logo</translation>
    </message>
    <message>
        <source>Give the organisation a name: it heads every report.</source>
        <translation>Beri nama organisasi: nama ini tercantum di kepala setiap laporan.</translation>
    </message>
</context>
<context>
    <name>PairMoves</name>
    <message>
        <source>This pair already started on {date}.</source>
        <translation>Pasangan ini sudah dimulai pada {date}.</translation>
    </message>
    <message>
        <source>This pair already started.</source>
        <translation>Pasangan ini sudah dimulai.</translation>
    </message>
    <message>
        <source>This pair finished on {date}; a finished pair does not start again.</source>
        <translation>Pasangan ini selesai pada {date}; pasangan yang sudah selesai tidak dimulai lagi.</translation>
    </message>
    <message>
        <source>This pair finished; a finished pair does not start again.</source>
        <translation>Pasangan ini sudah selesai; pasangan yang sudah selesai tidak dimulai lagi.</translation>
    </message>
    <message>
        <source>{program} is closed; reopen it first (Program &gt; Reopen Program).</source>
        <translation>{program} sudah ditutup; buka kembali dulu (Program &gt; Buka Kembali Program).</translation>
    </message>
    <message>
        <source>{date} is after the program ends ({end}); choose an earlier start date.</source>
        <translation>{date} jatuh setelah program berakhir ({end}); pilih tanggal mulai yang lebih awal.</translation>
    </message>
    <message>
        <source>This pair has not started; to drop a proposal, unpair it instead.</source>
        <translation>Pasangan ini belum dimulai; untuk membatalkan usulan, lepaskan pasangannya.</translation>
    </message>
    <message>
        <source>This pair already finished on {date}.</source>
        <translation>Pasangan ini sudah selesai pada {date}.</translation>
    </message>
    <message>
        <source>This pair already finished.</source>
        <translation>Pasangan ini sudah selesai.</translation>
    </message>
    <message>
        <source>The end date {date} is before the pair started ({start}).</source>
        <translation>Tanggal berakhir {date} sebelum pasangan dimulai ({start}).</translation>
    </message>
    <message>
        <source>Say why the pair ends early.</source>
        <translation>Sebutkan alasan pasangan berakhir lebih awal.</translation>
    </message>
    <message>
        <source>Only pairs completed by closing the program become active again when it reopens.</source>
        <translation>Hanya pasangan yang selesai karena program ditutup yang aktif kembali saat program dibuka kembali.</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation> (dan {count} lainnya)</translation>
    </message>
    <message>
        <source>{pairs} cannot move: {reasons}{more}</source>
        <translation>{pairs} tidak bisa dipindahkan: {reasons}{more}</translation>
    </message>
    <message>
        <source>Move the pairs of one program at a time.</source>
        <translation>Pindahkan pasangan dari satu program saja setiap kali.</translation>
    </message>
    <message>
        <source>A pair you chose no longer exists in the file.</source>
        <translation>Pasangan yang Anda pilih sudah tidak ada di berkas.</translation>
    </message>
    <message>
        <source>{person} has no contract end date; end the pair with End Early instead.</source>
        <translation>{person} tidak punya tanggal akhir kontrak; akhiri pasangannya dengan Hentikan.</translation>
    </message>
</context>
<context>
    <name>PairReport</name>
    <message>
        <source>{mentor} and {mentee}</source>
        <translation>{mentor} dan {mentee}</translation>
    </message>
    <message>
        <source>Reverse-mentoring evaluation · {program} · {period} · figures as of {date}</source>
        <translation>Evaluasi mentoring terbalik · {program} · {period} · angka per {date}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <source>Proposed on {date}: the pair has not started yet.</source>
        <translation>Diusulkan per {date}: pasangan ini belum dimulai.</translation>
    </message>
    <message>
        <source>Active since {start}; {health} on {date} ({days} since the last meeting).</source>
        <translation>Aktif sejak {start}; {health} per {date} ({days} sejak pertemuan terakhir).</translation>
    </message>
    <message>
        <source>Active since {start}; {health} on {date} ({days} since the pair started, no meeting yet).</source>
        <translation>Aktif sejak {start}; {health} per {date} ({days} sejak pasangan dimulai, belum ada pertemuan).</translation>
    </message>
    <message>
        <source>not asked yet (from the midpoint check-in on)</source>
        <translation>belum ditanyakan (mulai evaluasi tengah)</translation>
    </message>
    <message>
        <source>{means} of {scale} at the {stage}</source>
        <translation>{means} dari {scale} pada evaluasi {stage}</translation>
    </message>
    <message>
        <source>{means} of {scale} at the {stage} (no answer from the mentee)</source>
        <translation>{means} dari {scale} pada evaluasi {stage} (mentee belum menjawab)</translation>
    </message>
    <message>
        <source>{means} of {scale} at the {stage} (no answer from the reverse mentor)</source>
        <translation>{means} dari {scale} pada evaluasi {stage} (mentor terbalik belum menjawab)</translation>
    </message>
    <message>
        <source>no rating at both the baseline and a later check-in yet</source>
        <translation>belum ada penilaian pada evaluasi awal sekaligus evaluasi berikutnya</translation>
    </message>
    <message>
        <source>{change} points on average over {topics}, baseline to {stage}</source>
        <translation>rata-rata {change} poin pada {topics}, dari evaluasi awal ke evaluasi {stage}</translation>
    </message>
    <message>
        <source>Reverse mentor</source>
        <translation>Mentor terbalik</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departemen</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Generasi</translation>
    </message>
    <message>
        <source>Match score {score}.</source>
        <translation>Skor kecocokan {score}.</translation>
    </message>
    <message>
        <source>{done} of {goals} done; {late} past the target date</source>
        <translation>{done} dari {goals} tercapai; {late} melewati tanggal target</translation>
    </message>
    <message>
        <source>{done} of {goals} done</source>
        <translation>{done} dari {goals} tercapai</translation>
    </message>
    <message>
        <source>none agreed yet</source>
        <translation>belum ada yang disepakati</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Pertemuan</translation>
    </message>
    <message>
        <source>{held} held of about {expected} expected (one every {days} days)</source>
        <translation>{held} terlaksana dari sekitar {expected} yang diharapkan (satu setiap {days} hari)</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Kepuasan</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Rasa percaya diri</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <source>Measure of success</source>
        <translation>Ukuran keberhasilan</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <source>{shown} (recorded: {status})</source>
        <translation>{shown} (tercatat: {status})</translation>
    </message>
    <message>
        <source>{done} of {goals} done.</source>
        <translation>{done} dari {goals} tercapai.</translation>
    </message>
    <message>
        <source>{goals} passed its target date without an outcome and is shown as overdue.</source>
        <translation>{goals} melewati tanggal targetnya tanpa hasil dan ditampilkan sebagai terlambat.</translation>
    </message>
    <message>
        <source>{goals} passed their target date without an outcome and are shown as overdue.</source>
        <translation>{goals} melewati tanggal targetnya tanpa hasil dan ditampilkan sebagai terlambat.</translation>
    </message>
    <message>
        <source>No goals have been agreed yet.</source>
        <translation>Belum ada sasaran yang disepakati.</translation>
    </message>
    <message>
        <source>{meetings} held; about {expected} expected by {date} at one every {days} days.</source>
        <translation>{meetings} terlaksana; sekitar {expected} diharapkan hingga {date} dengan satu pertemuan setiap {days} hari.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Cara</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>tanpa tanggal</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} menit</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <source>Program lead</source>
        <translation>Penanggung jawab program</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <source>We have read this evaluation of the reverse-mentoring pair {pair} in {program}, {period}, with its figures as of {date}, and agree that it reflects our work together.</source>
        <translation>Kami telah membaca evaluasi pasangan mentoring terbalik {pair} dalam {program}, {period}, dengan angka per {date}, dan menyetujui bahwa evaluasi ini mencerminkan kerja sama kami.</translation>
    </message>
    <message>
        <source>Results by Kirkpatrick level</source>
        <translation>Hasil per level Kirkpatrick</translation>
    </message>
    <message>
        <source>No evaluation has been entered yet; results appear after the baseline check-in.</source>
        <translation>Belum ada evaluasi yang dimasukkan; hasil akan muncul setelah evaluasi awal.</translation>
    </message>
    <message>
        <source>Mean answers per level on a scale of 1 to {scale}, mentee and reverse mentor apart. Reaction (satisfaction with the sessions) is asked from the midpoint on.</source>
        <translation>Rata-rata jawaban per level pada skala 1 sampai {scale}, mentee dan mentor terbalik terpisah. Reaksi (kepuasan terhadap sesi) ditanyakan mulai evaluasi tengah.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>HR&apos;s observation: {observed}.</source>
        <translation>Pengamatan SDM: {observed}.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Berikutnya</translation>
    </message>
    <message>
        <source>Learning: the mentee&apos;s confidence per topic (1 to 5), baseline and {stage}</source>
        <translation>Pembelajaran: rasa percaya diri mentee per topik (1 sampai 5), awal dan {stage}</translation>
    </message>
    <message>
        <source>Topics rated at only one of the two check-ins are left out of the chart: {topics}.</source>
        <translation>Topik yang hanya dinilai pada salah satu dari dua evaluasi tidak dimasukkan ke grafik: {topics}.</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>{pair}: evaluation</source>
        <translation>{pair}: evaluasi</translation>
    </message>
</context>
<context>
    <name>PairingPage</name>
    <message>
        <source>Search all areas...</source>
        <translation>Cari di seluruh papan...</translation>
    </message>
    <message>
        <source>Search the board</source>
        <translation>Cari di papan</translation>
    </message>
    <message>
        <source>Suggestion goal</source>
        <translation>Prioritas saran</translation>
    </message>
    <message>
        <source>&amp;Suggest Pairs...</source>
        <translation>Sa&amp;rankan Pasangan...</translation>
    </message>
    <message>
        <source>Pa&amp;ir Selected</source>
        <translation>Pasang&amp;kan Terpilih</translation>
    </message>
    <message>
        <source>Pair the selected reverse mentor with the selected mentee</source>
        <translation>Pasangkan mentor terbalik yang dipilih dengan mentee yang dipilih</translation>
    </message>
    <message>
        <source>Selected:</source>
        <translation>Dipilih:</translation>
    </message>
    <message>
        <source>These buttons act on the pair selected under Pairs</source>
        <translation>Tombol-tombol ini berlaku untuk pasangan yang dipilih di Pasangan</translation>
    </message>
    <message>
        <source>S&amp;tart...</source>
        <translation>&amp;Mulai...</translation>
    </message>
    <message>
        <source>Start the proposed pair from a date</source>
        <translation>Mulai pasangan usulan dari suatu tanggal</translation>
    </message>
    <message>
        <source>Log &amp;Meeting...</source>
        <translation>Catat Pert&amp;emuan...</translation>
    </message>
    <message>
        <source>Log a meeting the pair held</source>
        <translation>Catat pertemuan yang diadakan pasangan ini</translation>
    </message>
    <message>
        <source>En&amp;d Early...</source>
        <translation>&amp;Hentikan...</translation>
    </message>
    <message>
        <source>End the active pair before the program ends, with the reason</source>
        <translation>Hentikan pasangan aktif sebelum program berakhir, beserta alasannya</translation>
    </message>
    <message>
        <source>C&amp;omplete...</source>
        <translation>Selesa&amp;ikan...</translation>
    </message>
    <message>
        <source>Mark the active pair finished as planned, from a date</source>
        <translation>Tandai pasangan aktif selesai sesuai rencana, dari suatu tanggal</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>K&amp;unci</translation>
    </message>
    <message>
        <source>Keep the pair as it is when suggestions run</source>
        <translation>Pertahankan pasangan ini apa adanya saat saran dijalankan</translation>
    </message>
    <message>
        <source>&amp;Unpair</source>
        <translation>Pisahk&amp;an</translation>
    </message>
    <message>
        <source>Remove the proposed pair</source>
        <translation>Hapus pasangan usulan</translation>
    </message>
    <message>
        <source>Open Perso&amp;n</source>
        <translation>Buka Pro&amp;fil</translation>
    </message>
    <message>
        <source>Open the reverse mentor&apos;s or the mentee&apos;s form</source>
        <translation>Buka formulir mentor terbalik atau mentee</translation>
    </message>
    <message>
        <source>Drag a reverse mentor onto a mentee to pair them, a person onto a pair to swap, a pair out to unpair. Or select two cards and press Pair Selected. Right-click a pair (or press the Menu key) for everything it can do.</source>
        <translation>Seret mentor terbalik ke mentee untuk memasangkan mereka, seseorang ke pasangan untuk menukar, atau pasangan ke luar untuk memisahkannya. Bisa juga pilih dua kartu lalu tekan Pasangkan Terpilih. Klik kanan pasangan (atau tekan tombol Menu) untuk semua tindakannya.</translation>
    </message>
    <message>
        <source>Reverse mentors without a mentee</source>
        <translation>Mentor terbalik tanpa mentee</translation>
    </message>
    <message>
        <source>Filter...</source>
        <translation>Saring...</translation>
    </message>
    <message>
        <source>Filter reverse mentors without a mentee</source>
        <translation>Saring mentor terbalik tanpa mentee</translation>
    </message>
    <message>
        <source>Mentees without a reverse mentor</source>
        <translation>Mentee tanpa mentor terbalik</translation>
    </message>
    <message>
        <source>Filter mentees without a reverse mentor</source>
        <translation>Saring mentee tanpa mentor terbalik</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Pasangan</translation>
    </message>
    <message>
        <source>Filter pairs</source>
        <translation>Saring pasangan</translation>
    </message>
    <message>
        <source>Offers {topics}</source>
        <translation>Menawarkan {topics}</translation>
    </message>
    <message>
        <source>Wants {topics}</source>
        <translation>Ingin belajar {topics}</translation>
    </message>
    <message>
        <source>nothing listed yet</source>
        <translation>belum ada yang dicantumkan</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Terkunci</translation>
    </message>
    <message>
        <source>Active since {date}</source>
        <translation>Aktif sejak {date}</translation>
    </message>
    <message>
        <source>Rule overridden: </source>
        <translation>Aturan dikesampingkan: </translation>
    </message>
    <message>
        <source>Best total score</source>
        <translation>Skor total terbaik</translation>
    </message>
    <message>
        <source>Most people paired</source>
        <translation>Paling banyak yang berpasangan</translation>
    </message>
    <message>
        <source>{mentor} with {mentee}</source>
        <translation>{mentor} dengan {mentee}</translation>
    </message>
    <message>
        <source>locked: unlock the pair first</source>
        <translation>terkunci: buka kunci pasangan ini dulu</translation>
    </message>
    <message>
        <source>✕ {pair} is locked: unlock it first to put {name} in it.</source>
        <translation>✕ {pair} terkunci: buka kuncinya dulu untuk memasukkan {name}.</translation>
    </message>
    <message>
        <source>Drop to pair {names}: score {score}.</source>
        <translation>Lepas untuk memasangkan {names}: skor {score}.</translation>
    </message>
    <message>
        <source>✕ Pairing {names} breaks a rule: {rules}.</source>
        <translation>✕ Memasangkan {names} melanggar aturan: {rules}.</translation>
    </message>
    <message>
        <source>Drop to put {name} in place of {leaving} (their pair ends early): {names}, score {score}.</source>
        <translation>Lepas untuk menempatkan {name} menggantikan {leaving} (pasangan mereka berhenti lebih awal): {names}, skor {score}.</translation>
    </message>
    <message>
        <source>Drop to put {name} in place of {leaving}: {names}, score {score}.</source>
        <translation>Lepas untuk menempatkan {name} menggantikan {leaving}: {names}, skor {score}.</translation>
    </message>
    <message>
        <source>✕ Putting {name} in place of {leaving} breaks a rule: {rules}.</source>
        <translation>✕ Menempatkan {name} menggantikan {leaving} melanggar aturan: {rules}.</translation>
    </message>
    <message>
        <source>This pair breaks a rule</source>
        <translation>Pasangan ini melanggar aturan</translation>
    </message>
    <message>
        <source>Pairing board</source>
        <translation>Papan pasangan</translation>
    </message>
    <message>
        <source>{mentor} and {mentee}</source>
        <translation>{mentor} dan {mentee}</translation>
    </message>
    <message>
        <source>Pairing {names} breaks these rules:</source>
        <translation>Memasangkan {names} melanggar aturan berikut:</translation>
    </message>
    <message>
        <source>Pair them anyway?</source>
        <translation>Tetap pasangkan mereka?</translation>
    </message>
    <message>
        <source>Unpair</source>
        <translation>Pisahkan</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Pasangkan</translation>
    </message>
    <message>
        <source>{name} replaced on the pairing board</source>
        <translation>{name} digantikan di papan pasangan</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Tukar</translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>Buka K&amp;unci</translation>
    </message>
    <message>
        <source>Start pair</source>
        <translation>Mulai pasangan</translation>
    </message>
    <message>
        <source>{names} start working together. From this date the pair counts for meetings, alerts and evaluations.</source>
        <translation>{names} mulai bekerja sama. Sejak tanggal ini pasangan ini diperhitungkan untuk pertemuan, peringatan, dan evaluasi.</translation>
    </message>
    <message>
        <source>Start Pair</source>
        <translation>Mulai Pasangan</translation>
    </message>
    <message>
        <source>End pair early</source>
        <translation>Hentikan pasangan lebih awal</translation>
    </message>
    <message>
        <source>{names} stop before the program ends. Their meetings, goals and evaluations are kept, and each can be paired again with someone else.</source>
        <translation>{names} berhenti sebelum program berakhir. Pertemuan, sasaran, dan evaluasi mereka tetap disimpan, dan masing-masing dapat dipasangkan lagi dengan orang lain.</translation>
    </message>
    <message>
        <source>End Early</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Complete pair</source>
        <translation>Selesaikan pasangan</translation>
    </message>
    <message>
        <source>{names} finished their work together as planned.</source>
        <translation>{names} telah menyelesaikan kerja sama mereka sesuai rencana.</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Selesaikan</translation>
    </message>
    <message>
        <source>Reverse mentor: {name}</source>
        <translation>Mentor terbalik: {name}</translation>
    </message>
    <message>
        <source>Mentee: {name}</source>
        <translation>Mentee: {name}</translation>
    </message>
    <message>
        <source>Open {name} (reverse mentor)</source>
        <translation>Buka {name} (mentor terbalik)</translation>
    </message>
    <message>
        <source>Open {name} (mentee)</source>
        <translation>Buka {name} (mentee)</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <source>Accept suggested pairs</source>
        <translation>Terima saran pasangan</translation>
    </message>
    <message>
        <source>Suggest pairs</source>
        <translation>Sarankan pasangan</translation>
    </message>
    <message>
        <source>Scoring every possible pair...</source>
        <translation>Menghitung skor setiap kemungkinan pasangan...</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Participant</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>Employee &amp;no.:</source>
        <translation>No. kar&amp;yawan:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>E&amp;mail:</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>Tahun la&amp;hir:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <source>Generation, from the birth year (Pew Research cut-offs)</source>
        <translation>Generasi, menurut tahun lahir (batas Pew Research)</translation>
    </message>
    <message>
        <source>Job and reporting line</source>
        <translation>Jabatan dan garis pelaporan</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Departemen:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Jabatan:</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>Jenjan&amp;g:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Belum diisi</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>&amp;Atasan:</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Ketik nama</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lokasi:</translation>
    </message>
    <message>
        <source>Lan&amp;guages:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Dipisahkan dengan koma</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Kepegawaian</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>J&amp;enis:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>Agen&amp;si:</translation>
    </message>
    <message>
        <source>Client &amp;site:</source>
        <translation>L&amp;okasi klien:</translation>
    </message>
    <message>
        <source>&amp;Contract end:</source>
        <translation>Akhir kont&amp;rak:</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Tanpa tanggal akhir</translation>
    </message>
    <message>
        <source>Program role and talent</source>
        <translation>Peran dalam program dan talenta</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Peran:</translation>
    </message>
    <message>
        <source>&amp;Performance:</source>
        <translation>&amp;Kinerja:</translation>
    </message>
    <message>
        <source>P&amp;otential:</source>
        <translation>Po&amp;tensi:</translation>
    </message>
    <message>
        <source>Topics (level 1 to 5; blank for none)</source>
        <translation>Topik (tingkat 1 sampai 5; kosong jika tidak ada)</translation>
    </message>
    <message>
        <source>Topics offered and wanted, with their levels</source>
        <translation>Topik yang ditawarkan dan diinginkan, dengan tingkatnya</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Menawarkan</translation>
    </message>
    <message>
        <source>Wants</source>
        <translation>Menginginkan</translation>
    </message>
    <message>
        <source>A reverse mentor offers topics; a mentee wants them.</source>
        <translation>Mentor terbalik menawarkan topik; mentee menginginkannya.</translation>
    </message>
    <message>
        <source>Consent and notes</source>
        <translation>Persetujuan dan catatan</translation>
    </message>
    <message>
        <source>Consent &amp;given on:</source>
        <translation>Persetuj&amp;uan diberikan pada:</translation>
    </message>
    <message>
        <source>Not given yet</source>
        <translation>Belum diberikan</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>Archi&amp;ved (left the company or the program)</source>
        <translation>D&amp;iarsipkan (keluar dari perusahaan atau program)</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Belum dinilai</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Ubah {name}</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Peserta baru</translation>
    </message>
    <message>
        <source>Not in this program</source>
        <translation>Tidak ikut program ini</translation>
    </message>
    <message>
        <source>Create or choose a program first (Program menu).</source>
        <translation>Buat atau pilih program dulu (menu Program).</translation>
    </message>
    <message>
        <source>{topic}: offers</source>
        <translation>{topic}: menawarkan</translation>
    </message>
    <message>
        <source>{topic}: wants</source>
        <translation>{topic}: menginginkan</translation>
    </message>
    <message>
        <source>No participant is called {name}: pick one from the list.</source>
        <translation>Tidak ada peserta bernama {name}: pilih salah satu dari daftar.</translation>
    </message>
    <message>
        <source>Employee number {number} already belongs to {holder}.</source>
        <translation>Nomor karyawan {number} sudah dimiliki {holder}.</translation>
    </message>
    <message>
        <source>Already in the file?</source>
        <translation>Sudah ada di berkas?</translation>
    </message>
    <message>
        <source>Save this person anyway?</source>
        <translation>Tetap simpan orang ini?</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Search name, department, job, email...</source>
        <translation>Cari nama, departemen, jabatan, email...</translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation>Cari peserta</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>T&amp;ambah...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Ubah...</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Arsip&amp;kan</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>&amp;Hapus...</translation>
    </message>
    <message>
        <source>Role filter</source>
        <translation>Filter peran</translation>
    </message>
    <message>
        <source>Department filter</source>
        <translation>Filter departemen</translation>
    </message>
    <message>
        <source>Generation filter</source>
        <translation>Filter generasi</translation>
    </message>
    <message>
        <source>Employment filter</source>
        <translation>Filter kepegawaian</translation>
    </message>
    <message>
        <source>Agency filter</source>
        <translation>Filter agensi</translation>
    </message>
    <message>
        <source>Paired filter</source>
        <translation>Filter berpasangan</translation>
    </message>
    <message>
        <source>Archived filter</source>
        <translation>Filter arsip</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Semua peran</translation>
    </message>
    <message>
        <source>Reverse mentors</source>
        <translation>Mentor terbalik</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Not in the program</source>
        <translation>Tidak ikut program</translation>
    </message>
    <message>
        <source>All generations</source>
        <translation>Semua generasi</translation>
    </message>
    <message>
        <source>All employment</source>
        <translation>Semua kepegawaian</translation>
    </message>
    <message>
        <source>Paired or not</source>
        <translation>Berpasangan atau belum</translation>
    </message>
    <message>
        <source>Paired</source>
        <translation>Berpasangan</translation>
    </message>
    <message>
        <source>Unpaired</source>
        <translation>Belum berpasangan</translation>
    </message>
    <message>
        <source>Active people</source>
        <translation>Peserta aktif</translation>
    </message>
    <message>
        <source>Archived people</source>
        <translation>Peserta diarsipkan</translation>
    </message>
    <message>
        <source>Active and archived</source>
        <translation>Aktif dan diarsipkan</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Semua departemen</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>Semua agensi</translation>
    </message>
    <message>
        <source>{shown} of {people}</source>
        <translation>{shown} dari {people}</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>Pu&amp;lihkan</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arsipkan</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>these {count} people</source>
        <translation>{count} peserta ini</translation>
    </message>
    <message>
        <source>Delete {who} with their enrolments, pairs, goals, meetings and evaluations?
You can undo this (Edit &gt; Undo). To keep their history, archive instead. To remove every trace for good (someone asked for their data to be deleted), use File &gt; Erase People.</source>
        <translation>Hapus {who} beserta pendaftaran, pasangan, sasaran, pertemuan, dan evaluasinya?
Anda dapat mengurungkannya (Sunting &gt; Urungkan). Untuk menyimpan riwayatnya, arsipkan saja. Untuk menghapus semua jejaknya selamanya (seseorang meminta datanya dihapus), gunakan Berkas &gt; Hapus Data Peserta Selamanya.</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Too weak</source>
        <translation>Terlalu lemah</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Lemah</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Cukup</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Kuat</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Sangat kuat</translation>
    </message>
    <message>
        <source>A passphrase cannot hold a NUL character.</source>
        <translation>Kata sandi tidak boleh berisi karakter NUL.</translation>
    </message>
    <message>
        <source>A passphrase cannot start or end with a space (it is too easy to mistype).</source>
        <translation>Kata sandi tidak boleh diawali atau diakhiri spasi (terlalu mudah salah ketik).</translation>
    </message>
    <message>
        <source>Use at least {minimum} characters; four unrelated words are easy to remember and hard to guess.</source>
        <translation>Gunakan minimal {minimum} karakter; empat kata yang tidak saling berhubungan mudah diingat dan sulit ditebak.</translation>
    </message>
    <message>
        <source>Easy to guess: make it longer, with a few unrelated words.</source>
        <translation>Lemah: mudah ditebak; buat lebih panjang, dengan beberapa kata yang tidak saling berhubungan.</translation>
    </message>
    <message>
        <source>Fair: a few more characters or words would make it strong.</source>
        <translation>Cukup: beberapa karakter atau kata lagi akan membuatnya kuat.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Kuat.</translation>
    </message>
    <message>
        <source>Very strong.</source>
        <translation>Sangat kuat.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Frasa sandi</translation>
    </message>
    <message>
        <source>&amp;Protect this file with a passphrase (recommended)</source>
        <translation>&amp;Lindungi berkas ini dengan frasa sandi (disarankan)</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Frasa sandi saat &amp;ini:</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frasa sandi saat ini</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>Frasa sandi &amp;baru:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Frasa sandi baru</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Kekuatan:</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Kekuatan frasa sandi</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>&amp;Ketik sekali lagi:</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Frasa sandi baru sekali lagi</translation>
    </message>
    <message>
        <source>&amp;Show what I type</source>
        <translation>&amp;Tampilkan yang saya ketik</translation>
    </message>
    <message>
        <source>Keep the passphrase somewhere safe: without it nobody, not even rmdesk, can open the file or its snapshots.</source>
        <translation>Simpan frasa sandi di tempat aman: tanpanya tidak ada yang bisa membuka berkas atau cadangannya, rmdesk pun tidak.</translation>
    </message>
    <message>
        <source>New program file</source>
        <translation>Berkas program baru</translation>
    </message>
    <message>
        <source>{name} will hold people&apos;s personal data. A passphrase encrypts it, and its snapshots and the copies you save, so a lost laptop gives nothing away.</source>
        <translation>{name} akan berisi data pribadi orang. Frasa sandi mengenkripsi berkas ini, cadangannya, dan salinan yang Anda simpan, sehingga laptop yang hilang tidak membocorkan apa pun.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Buat</translation>
    </message>
    <message>
        <source>Encrypt with a passphrase</source>
        <translation>Enkripsi dengan frasa sandi</translation>
    </message>
    <message>
        <source>Encrypt {name} and its snapshots: from now on it opens only with this passphrase.</source>
        <translation>Enkripsi {name} dan cadangannya: mulai sekarang berkas ini hanya bisa dibuka dengan frasa sandi ini.</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>&amp;Enkripsi</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Ganti frasa sandi</translation>
    </message>
    <message>
        <source>{name} and its snapshots get the new passphrase; the present one stops working.</source>
        <translation>{name} dan cadangannya mendapat frasa sandi baru; frasa sandi saat ini tidak berlaku lagi.</translation>
    </message>
    <message>
        <source>&amp;Change Passphrase</source>
        <translation>&amp;Ganti Frasa Sandi</translation>
    </message>
    <message>
        <source>Remove encryption</source>
        <translation>Hapus enkripsi</translation>
    </message>
    <message>
        <source>{name} and its snapshots will no longer be encrypted: anyone who has the file, or a snapshot of it, can read everything in it.</source>
        <translation>{name} dan cadangannya tidak akan terenkripsi lagi: siapa pun yang memiliki berkas ini, atau cadangannya, dapat membaca seluruh isinya.</translation>
    </message>
    <message>
        <source>&amp;Remove Encryption</source>
        <translation>&amp;Hapus Enkripsi</translation>
    </message>
    <message>
        <source>Type the present passphrase first.</source>
        <translation>Ketik dulu frasa sandi saat ini.</translation>
    </message>
    <message>
        <source>Type the new passphrase, then type it again.</source>
        <translation>Ketik frasa sandi baru, lalu ketik sekali lagi.</translation>
    </message>
    <message>
        <source>Type the new passphrase again below.</source>
        <translation>Ketik frasa sandi baru sekali lagi di bawah.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess: make it longer, with a few unrelated words.</source>
        <translation>Frasa sandi ini terlalu mudah ditebak: buat lebih panjang, dengan beberapa kata yang tidak saling berkaitan.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Kedua frasa sandi berbeda.</translation>
    </message>
    <message>
        <source>Four or more unrelated words are easy to remember and hard to guess.</source>
        <translation>Empat kata atau lebih yang tidak saling berkaitan mudah diingat dan sulit ditebak.</translation>
    </message>
    <message>
        <source>This is not the file&apos;s passphrase.</source>
        <translation>Ini bukan frasa sandi berkas ini.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferensi</translation>
    </message>
    <message>
        <source>These apply to rmdesk on this computer, whichever file is open.</source>
        <translation>Berlaku untuk rmdesk di komputer ini, berkas mana pun yang sedang dibuka.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>rmdesk uses this language from its next start. What is not translated yet stays in English.</source>
        <translation>rmdesk memakai bahasa ini mulai dijalankan berikutnya. Bagian yang belum diterjemahkan tetap dalam bahasa Inggris.</translation>
    </message>
    <message>
        <source>&amp;Auto-lock after:</source>
        <translation>&amp;Kunci otomatis setelah:</translation>
    </message>
    <message>
        <source>An encrypted file nobody touches for this long closes and asks for its passphrase again</source>
        <translation>Berkas terenkripsi yang tidak disentuh selama ini akan ditutup dan meminta frasa sandinya lagi</translation>
    </message>
    <message>
        <source>Auto-lock after, in minutes</source>
        <translation>Kunci otomatis setelah, dalam menit</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Tidak pernah</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>&amp;Snapshots kept:</source>
        <translation>&amp;Cadangan disimpan:</translation>
    </message>
    <message>
        <source>Checked copies kept of each file, taken when you open it after a change; the oldest go first</source>
        <translation>Salinan teruji yang disimpan untuk setiap berkas, dibuat saat Anda membukanya setelah ada perubahan; yang tertua dihapus lebih dulu</translation>
    </message>
    <message>
        <source>Snapshots kept of each file</source>
        <translation>Cadangan yang disimpan untuk setiap berkas</translation>
    </message>
    <message>
        <source> per file</source>
        <translation> per berkas</translation>
    </message>
    <message>
        <source>New programs &amp;meet every:</source>
        <translation>Program baru ber&amp;temu setiap:</translation>
    </message>
    <message>
        <source>How often a new program&apos;s pairs are expected to meet; each program can change it in Program &gt; Settings</source>
        <translation>Seberapa sering pasangan dalam program baru diharapkan bertemu; setiap program dapat mengubahnya di Program &gt; Pengaturan</translation>
    </message>
    <message>
        <source>New programs meet every, in days</source>
        <translation>Program baru bertemu setiap, dalam hari</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>Report &amp;paper:</source>
        <translation>Ke&amp;rtas laporan:</translation>
    </message>
    <message>
        <source>The paper size reports start with; the Reports page can still change it for one report</source>
        <translation>Ukuran kertas awal untuk laporan; halaman Laporan masih bisa mengubahnya untuk satu laporan</translation>
    </message>
    <message>
        <source>Report paper size</source>
        <translation>Ukuran kertas laporan</translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <source>Program settings</source>
        <translation>Pengaturan program</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Sasaran:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>M&amp;ulai:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Belum diisi</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Berakhir:</translation>
    </message>
    <message>
        <source>Meet &amp;every:</source>
        <translation>Bertemu s&amp;etiap:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>&amp;Grace before an alert:</source>
        <translation>Masa &amp;tenggang sebelum peringatan:</translation>
    </message>
    <message>
        <source>Mentees per &amp;mentor:</source>
        <translation>Mentee per &amp;mentor:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <source>Program &gt; Start Program, Close Program and Reopen Program move a program on</source>
        <translation>Program &gt; Mulai Program, Tutup Program, dan Buka Kembali Program memindahkan tahap program</translation>
    </message>
    <message>
        <source>To&amp;pics:</source>
        <translation>To&amp;pik:</translation>
    </message>
    <message>
        <source>One topic per line</source>
        <translation>Satu topik per baris</translation>
    </message>
    <message>
        <source>New program</source>
        <translation>Program baru</translation>
    </message>
    <message>
        <source>Settings of {program}</source>
        <translation>Pengaturan {program}</translation>
    </message>
    <message>
        <source>{status} (Program &gt; Start, Close or Reopen Program moves it on)</source>
        <translation>{status} (Program &gt; Mulai, Tutup, atau Buka Kembali Program memindahkan tahapnya)</translation>
    </message>
</context>
<context>
    <name>ProgramMoves</name>
    <message>
        <source>{program} is already {status}.</source>
        <translation>{program} sudah berstatus {status}.</translation>
    </message>
    <message>
        <source>{program} has not started yet, so there is nothing to close.</source>
        <translation>{program} belum dimulai, jadi belum ada yang bisa ditutup.</translation>
    </message>
    <message>
        <source>{program} cannot go back to planned once it has started.</source>
        <translation>{program} tidak bisa kembali ke status direncanakan setelah dimulai.</translation>
    </message>
    <message>
        <source>{program} is closed; reopen it instead.</source>
        <translation>{program} sudah ditutup; buka kembali saja.</translation>
    </message>
    <message>
        <source>{pair}: no final evaluation from the {who}</source>
        <translation>{pair}: belum ada evaluasi akhir dari {who}</translation>
    </message>
    <message>
        <source>{pair}: no final evaluation from the mentor or the mentee</source>
        <translation>{pair}: belum ada evaluasi akhir dari mentor maupun mentee</translation>
    </message>
    <message>
        <source>{pair}: goal “{goal}” has no outcome ({status})</source>
        <translation>{pair}: sasaran “{goal}” belum punya hasil ({status})</translation>
    </message>
    <message>
        <source>{pairs} never started</source>
        <translation>{pairs} tidak pernah dimulai</translation>
    </message>
    <message>
        <source>{pairs} started after {date}; close the program on a later date.</source>
        <translation>{pairs} dimulai setelah {date}; tutup program pada tanggal yang lebih lambat.</translation>
    </message>
    <message>
        <source>{program} is not closed.</source>
        <translation>{program} belum ditutup.</translation>
    </message>
</context>
<context>
    <name>ProgramReport</name>
    <message>
        <source>Pairs not meeting on rhythm</source>
        <translation>Pasangan yang tidak bertemu sesuai ritme</translation>
    </message>
    <message>
        <source>Goals past their date</source>
        <translation>Sasaran yang melewati tanggalnya</translation>
    </message>
    <message>
        <source>Missing check-ins</source>
        <translation>Evaluasi yang belum diisi</translation>
    </message>
    <message>
        <source>People who have left</source>
        <translation>Peserta yang sudah keluar</translation>
    </message>
    <message>
        <source>Contracts ending before the program</source>
        <translation>Kontrak yang berakhir sebelum program</translation>
    </message>
    <message>
        <source>5 or more</source>
        <translation>5 atau lebih</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <source>no answer yet ({asked} asked)</source>
        <translation>belum ada jawaban ({asked} ditanya)</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>belum ada jawaban</translation>
    </message>
    <message>
        <source>no start date</source>
        <translation>tanpa tanggal mulai</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>tanpa tanggal selesai</translation>
    </message>
    <message>
        <source>The program runs {start} to {end}; closed.</source>
        <translation>Program berlangsung {start} s.d. {end}; sudah ditutup.</translation>
    </message>
    <message>
        <source>The program runs {start} to {end}; planned, not started yet.</source>
        <translation>Program berlangsung {start} s.d. {end}; direncanakan, belum dimulai.</translation>
    </message>
    <message>
        <source>The program runs {start} to {end}; running, day {day} of {days} on {today}.</source>
        <translation>Program berlangsung {start} s.d. {end}; sedang berjalan, hari ke-{day} dari {days} per {today}.</translation>
    </message>
    <message>
        <source>The program ran {start} to {end}; running past its end date ({today}), not closed yet.</source>
        <translation>Program berlangsung {start} s.d. {end}; masih berjalan melewati tanggal selesainya ({today}), belum ditutup.</translation>
    </message>
    <message>
        <source>The program runs {start} to {end}; running.</source>
        <translation>Program berlangsung {start} s.d. {end}; sedang berjalan.</translation>
    </message>
    <message>
        <source>Nobody is enrolled yet: there is nothing to measure. Enrol reverse mentors and mentees, then pair them.</source>
        <translation>Belum ada yang terdaftar: belum ada yang dapat diukur. Daftarkan mentor terbalik dan mentee, lalu pasangkan mereka.</translation>
    </message>
    <message>
        <source>{enrolled} enrolled, none paired yet; {pairs} proposed, not started. The figures below start once pairs meet.</source>
        <translation>{enrolled} terdaftar, belum ada yang berpasangan; {pairs} diusulkan, belum dimulai. Angka di bawah mulai terisi setelah pasangan bertemu.</translation>
    </message>
    <message>
        <source>{enrolled} enrolled, none paired yet. The figures below start once pairs meet.</source>
        <translation>{enrolled} terdaftar, belum ada yang berpasangan. Angka di bawah mulai terisi setelah pasangan bertemu.</translation>
    </message>
    <message>
        <source>{count} active</source>
        <translation>{count} aktif</translation>
    </message>
    <message>
        <source>{count} completed</source>
        <translation>{count} selesai</translation>
    </message>
    <message>
        <source>{count} ended early</source>
        <translation>{count} berakhir lebih awal</translation>
    </message>
    <message>
        <source>{pairs} have started ({parts}) out of {enrolled} people enrolled.</source>
        <translation>{pairs} telah dimulai ({parts}) dari {enrolled} orang yang terdaftar.</translation>
    </message>
    <message>
        <source>1 pair has started ({parts}) out of {enrolled} people enrolled.</source>
        <translation>1 pasangan telah dimulai ({parts}) dari {enrolled} orang yang terdaftar.</translation>
    </message>
    <message>
        <source>Pairs held {held} of about {expected} expected meetings ({share}): on the agreed rhythm.</source>
        <translation>Pasangan mengadakan {held} dari sekitar {expected} pertemuan yang diharapkan ({share}): sesuai ritme yang disepakati.</translation>
    </message>
    <message>
        <source>Pairs held {held} of about {expected} expected meetings ({share}): somewhat behind the agreed rhythm.</source>
        <translation>Pasangan mengadakan {held} dari sekitar {expected} pertemuan yang diharapkan ({share}): agak tertinggal dari ritme yang disepakati.</translation>
    </message>
    <message>
        <source>Pairs held {held} of about {expected} expected meetings ({share}): well behind the agreed rhythm.</source>
        <translation>Pasangan mengadakan {held} dari sekitar {expected} pertemuan yang diharapkan ({share}): jauh tertinggal dari ritme yang disepakati.</translation>
    </message>
    <message>
        <source>{count} of {active} active pairs meet on rhythm today.</source>
        <translation>{count} dari {active} pasangan aktif bertemu sesuai ritme hari ini.</translation>
    </message>
    <message>
        <source>Mentees&apos; confidence rose by {change} points on the 1 to 5 scale from the baseline to the {stage}, among the {mentees} who rated the same topics at both.</source>
        <translation>Rasa percaya diri mentee naik {change} poin pada skala 1 sampai 5 dari evaluasi awal ke evaluasi {stage}, di antara {mentees} yang menilai topik yang sama pada keduanya.</translation>
    </message>
    <message>
        <source>Mentees&apos; confidence fell by {change} points on the 1 to 5 scale from the baseline to the {stage}, among the {mentees} who rated the same topics at both.</source>
        <translation>Rasa percaya diri mentee turun {change} poin pada skala 1 sampai 5 dari evaluasi awal ke evaluasi {stage}, di antara {mentees} yang menilai topik yang sama pada keduanya.</translation>
    </message>
    <message>
        <source>Mentees&apos; confidence held steady by {change} points on the 1 to 5 scale from the baseline to the {stage}, among the {mentees} who rated the same topics at both.</source>
        <translation>Rasa percaya diri mentee relatif stabil ({change} poin pada skala 1 sampai 5) dari evaluasi awal ke evaluasi {stage}, di antara {mentees} yang menilai topik yang sama pada keduanya.</translation>
    </message>
    <message>
        <source>The final check-in is due {date}; the midpoint is an interim result.</source>
        <translation>Evaluasi akhir jatuh tempo {date}; evaluasi tengah adalah hasil sementara.</translation>
    </message>
    <message>
        <source>The final check-in is to come; the midpoint is an interim result.</source>
        <translation>Evaluasi akhir belum dilakukan; evaluasi tengah adalah hasil sementara.</translation>
    </message>
    <message>
        <source>No mentee has rated their confidence at both the baseline and a later check-in yet.</source>
        <translation>Belum ada mentee yang menilai rasa percaya dirinya pada evaluasi awal sekaligus evaluasi berikutnya.</translation>
    </message>
    <message>
        <source>Satisfaction at the {stage}: mentees {mentees} and reverse mentors {mentors} on a scale of 1 to {scale} ({answered} of {asked} mentees answered).</source>
        <translation>Kepuasan pada evaluasi {stage}: mentee {mentees} dan mentor terbalik {mentors} pada skala 1 sampai {scale} ({answered} dari {asked} mentee menjawab).</translation>
    </message>
    <message>
        <source>Satisfaction at the {stage}: mentees {mentees} and reverse mentors {mentors} on a scale of 1 to {scale}.</source>
        <translation>Kepuasan pada evaluasi {stage}: mentee {mentees} dan mentor terbalik {mentors} pada skala 1 sampai {scale}.</translation>
    </message>
    <message>
        <source>{done} of {goals} are done ({share}); {late} are past their target date without an outcome.</source>
        <translation>{done} dari {goals} tercapai ({share}); {late} melewati tanggal target tanpa hasil.</translation>
    </message>
    <message>
        <source>{done} of {goals} are done ({share}).</source>
        <translation>{done} dari {goals} tercapai ({share}).</translation>
    </message>
    <message>
        <source>{count} need action now, most of them {kind}; see Risks.</source>
        <translation>{count} perlu ditangani sekarang, sebagian besar: {kind}; lihat Risiko.</translation>
    </message>
    <message>
        <source>{count} are worth a look; none is urgent.</source>
        <translation>{count} perlu diperhatikan; tidak ada yang mendesak.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Dasar</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>{enrolled} enrolled ({mentors} reverse mentors, {mentees} mentees); {paired} in a started pair, {unpaired} not</source>
        <translation>{enrolled} terdaftar ({mentors} mentor terbalik, {mentees} mentee); {paired} dalam pasangan yang sudah dimulai, {unpaired} belum</translation>
    </message>
    <message>
        <source>enrolments</source>
        <translation>pendaftaran</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Pasangan</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Pertemuan</translation>
    </message>
    <message>
        <source>{held} held of about {expected} expected ({share}); {on_rhythm} of {active} active pairs on rhythm ({rhythm})</source>
        <translation>{held} terlaksana dari sekitar {expected} yang diharapkan ({share}); {on_rhythm} dari {active} pasangan aktif sesuai ritme ({rhythm})</translation>
    </message>
    <message>
        <source>{pairs}, one meeting every {days} days</source>
        <translation>{pairs}, satu pertemuan setiap {days} hari</translation>
    </message>
    <message>
        <source>1 Reaction</source>
        <translation>1 Reaksi</translation>
    </message>
    <message>
        <source>satisfaction {mentees} (mentees), {mentors} (reverse mentors) at the {stage}</source>
        <translation>kepuasan {mentees} (mentee), {mentors} (mentor terbalik) pada evaluasi {stage}</translation>
    </message>
    <message>
        <source>answered: mentees {mentees}, mentors {mentors}</source>
        <translation>menjawab: mentee {mentees}, mentor {mentors}</translation>
    </message>
    <message>
        <source>not asked yet: satisfaction is asked from the midpoint on</source>
        <translation>belum ditanyakan: kepuasan ditanyakan mulai evaluasi tengah</translation>
    </message>
    <message>
        <source>2 Learning</source>
        <translation>2 Pembelajaran</translation>
    </message>
    <message>
        <source>confidence {change} points (1 to 5), baseline to {stage}</source>
        <translation>rasa percaya diri {change} poin (1 sampai 5), evaluasi awal ke {stage}</translation>
    </message>
    <message>
        <source>the same {mentees}, {ratings}</source>
        <translation>{mentees} yang sama, {ratings}</translation>
    </message>
    <message>
        <source>no rating at both the baseline and a later check-in yet</source>
        <translation>belum ada penilaian pada evaluasi awal sekaligus evaluasi berikutnya</translation>
    </message>
    <message>
        <source>3 Behaviour</source>
        <translation>3 Perilaku</translation>
    </message>
    <message>
        <source>“{statement}” {mentees} (mentees), {mentors} (reverse mentors)</source>
        <translation>“{statement}” {mentees} (mentee), {mentors} (mentor terbalik)</translation>
    </message>
    <message>
        <source>{mentees} mentees, {mentors} mentors at the {stage}</source>
        <translation>{mentees} mentee, {mentors} mentor pada evaluasi {stage}</translation>
    </message>
    <message>
        <source>{done} of {goals} done ({share}), {late} overdue; {completed} of {pairs} completed</source>
        <translation>{done} dari {goals} tercapai ({share}), {late} terlambat; {completed} dari {pairs} selesai</translation>
    </message>
    <message>
        <source>{done} of {goals} done ({share}); {completed} of {pairs} completed</source>
        <translation>{done} dari {goals} tercapai ({share}); {completed} dari {pairs} selesai</translation>
    </message>
    <message>
        <source>4 Results</source>
        <translation>4 Hasil</translation>
    </message>
    <message>
        <source>goals as recorded</source>
        <translation>sasaran sebagaimana tercatat</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retensi</translation>
    </message>
    <message>
        <source>{still} of {enrolled} still taking part ({share}); reverse mentors {mentors} of {of}</source>
        <translation>{still} dari {enrolled} masih ikut serta ({share}); mentor terbalik {mentors} dari {of}</translation>
    </message>
    <message>
        <source>participants not archived</source>
        <translation>peserta yang tidak diarsipkan</translation>
    </message>
    <message>
        <source>Kirkpatrick&apos;s four levels</source>
        <translation>Empat level Kirkpatrick</translation>
    </message>
    <message>
        <source>No pair has started yet, so there is nothing to measure: reaction, learning, behaviour and results are measured once pairs meet and answer their check-ins.</source>
        <translation>Belum ada pasangan yang dimulai, jadi belum ada yang dapat diukur: reaksi, pembelajaran, perilaku, dan hasil diukur setelah pasangan bertemu dan mengisi evaluasi.</translation>
    </message>
    <message>
        <source>Each level with its figures and how many people they rest on. A check-in is asked of both sides of every pair that had started and was still running when it fell due; answers dated after {date} are not counted.</source>
        <translation>Setiap level beserta angkanya dan jumlah orang yang mendasarinya. Evaluasi diminta dari kedua pihak setiap pasangan yang sudah dimulai dan masih berjalan saat evaluasi jatuh tempo; jawaban bertanggal setelah {date} tidak dihitung.</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Evaluasi</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Mentees answered</source>
        <translation>Mentee menjawab</translation>
    </message>
    <message>
        <source>Reverse mentors answered</source>
        <translation>Mentor terbalik menjawab</translation>
    </message>
    <message>
        <source>{date} (not yet due)</source>
        <translation>{date} (belum jatuh tempo)</translation>
    </message>
    <message>
        <source>1 Reaction: satisfaction with the sessions</source>
        <translation>1 Reaksi: kepuasan terhadap sesi</translation>
    </message>
    <message>
        <source>Mentees: mean (answered of asked)</source>
        <translation>Mentee: rata-rata (menjawab dari ditanya)</translation>
    </message>
    <message>
        <source>Reverse mentors: mean (answered of asked)</source>
        <translation>Mentor terbalik: rata-rata (menjawab dari ditanya)</translation>
    </message>
    <message>
        <source>Mean of the reaction statements on a scale of 1 to {scale}, per person, then over people. Not asked at the baseline, which comes before the first session; HR&apos;s observations are not counted.</source>
        <translation>Rata-rata pernyataan reaksi pada skala 1 sampai {scale}, per orang, lalu antarorang. Tidak ditanyakan pada evaluasi awal, yang dilakukan sebelum sesi pertama; pengamatan SDM tidak dihitung.</translation>
    </message>
    <message>
        <source>Not asked yet: satisfaction is asked from the midpoint check-in on.</source>
        <translation>Belum ditanyakan: kepuasan ditanyakan mulai evaluasi tengah.</translation>
    </message>
    <message>
        <source>2 Learning: confidence per topic, the same mentees before and after</source>
        <translation>2 Pembelajaran: rasa percaya diri per topik, mentee yang sama sebelum dan sesudah</translation>
    </message>
    <message>
        <source>Mentees&apos; confidence per topic (1 to 5), baseline and {stage}, the same people</source>
        <translation>Rasa percaya diri mentee per topik (1 sampai 5), awal dan {stage}, orang yang sama</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Only mentees who rated a topic at both the baseline and the {stage} count for it: {mentees}, {ratings}; mean change {change}.</source>
        <translation>Hanya mentee yang menilai suatu topik pada evaluasi awal dan evaluasi {stage} yang dihitung: {mentees}, {ratings}; rata-rata perubahan {change}.</translation>
    </message>
    <message>
        <source>The final check-in is not in yet.</source>
        <translation>Evaluasi akhir belum masuk.</translation>
    </message>
    <message>
        <source>3 Behaviour: what people now do differently</source>
        <translation>3 Perilaku: apa yang kini dilakukan secara berbeda</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Pernyataan</translation>
    </message>
    <message>
        <source>Mentees: mean (n)</source>
        <translation>Mentee: rata-rata (n)</translation>
    </message>
    <message>
        <source>Reverse mentors: mean (n)</source>
        <translation>Mentor terbalik: rata-rata (n)</translation>
    </message>
    <message>
        <source>At the {stage} check-in, on a scale of 1 to {scale}.</source>
        <translation>Pada evaluasi {stage}, skala 1 sampai {scale}.</translation>
    </message>
    <message>
        <source>No behaviour statement has been answered at the midpoint or final check-in yet.</source>
        <translation>Belum ada pernyataan perilaku yang dijawab pada evaluasi tengah atau akhir.</translation>
    </message>
    <message>
        <source>4 Results: goals, retention, completion</source>
        <translation>4 Hasil: sasaran, retensi, penyelesaian</translation>
    </message>
    <message>
        <source>{done} of {goals} ({share}); {late} past the target date without an outcome</source>
        <translation>{done} dari {goals} ({share}); {late} melewati tanggal target tanpa hasil</translation>
    </message>
    <message>
        <source>{done} of {goals} ({share})</source>
        <translation>{done} dari {goals} ({share})</translation>
    </message>
    <message>
        <source>no goals agreed yet</source>
        <translation>belum ada sasaran yang disepakati</translation>
    </message>
    <message>
        <source>Goals achieved</source>
        <translation>Sasaran tercapai</translation>
    </message>
    <message>
        <source>Participants retained</source>
        <translation>Peserta yang bertahan</translation>
    </message>
    <message>
        <source>{count} of {of} ({share})</source>
        <translation>{count} dari {of} ({share})</translation>
    </message>
    <message>
        <source>Reverse mentors retained</source>
        <translation>Mentor terbalik yang bertahan</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Promosi</translation>
    </message>
    <message>
        <source>not recorded in this file</source>
        <translation>tidak tercatat dalam berkas ini</translation>
    </message>
    <message>
        <source>{completed} of {pairs}; {early} ended early</source>
        <translation>{completed} dari {pairs}; {early} berakhir lebih awal</translation>
    </message>
    <message>
        <source>{completed} of {pairs}</source>
        <translation>{completed} dari {pairs}</translation>
    </message>
    <message>
        <source>Pairs completed</source>
        <translation>Pasangan yang selesai</translation>
    </message>
    <message>
        <source>mentees {mentees}, reverse mentors {mentors}</source>
        <translation>mentee {mentees}, mentor terbalik {mentors}</translation>
    </message>
    <message>
        <source>Goal statuses and archiving are counted as recorded; a goal past its target date and not done is counted as overdue whatever its recorded status.</source>
        <translation>Status sasaran dan pengarsipan dihitung sebagaimana tercatat; sasaran yang melewati tanggal target dan belum tercapai dihitung terlambat, apa pun status tercatatnya.</translation>
    </message>
    <message>
        <source>Meetings against the cadence</source>
        <translation>Pertemuan dibandingkan ritme</translation>
    </message>
    <message>
        <source>No pair has started, so no meeting is expected yet.</source>
        <translation>Belum ada pasangan yang dimulai, jadi belum ada pertemuan yang diharapkan.</translation>
    </message>
    <message>
        <source>{held} meetings held of about {expected} expected ({share}), counting one within {grace} days of each pair&apos;s start and then one every {cadence} days, up to {date} or the pair&apos;s end.</source>
        <translation>{held} pertemuan terlaksana dari sekitar {expected} yang diharapkan ({share}), dihitung satu pertemuan dalam {grace} hari sejak pasangan dimulai lalu satu setiap {cadence} hari, hingga {date} atau berakhirnya pasangan.</translation>
    </message>
    <message>
        <source>{count} of {active} active pairs are on rhythm ({share}): they met within the last {days} days.</source>
        <translation>{count} dari {active} pasangan aktif sesuai ritme ({share}): mereka bertemu dalam {days} hari terakhir.</translation>
    </message>
    <message>
        <source>No pair is active.</source>
        <translation>Tidak ada pasangan yang aktif.</translation>
    </message>
    <message>
        <source>Active pairs by rhythm</source>
        <translation>Pasangan aktif menurut ritme</translation>
    </message>
    <message>
        <source>Started pairs by meetings held</source>
        <translation>Pasangan menurut jumlah pertemuan</translation>
    </message>
    <message>
        <source>Who takes part</source>
        <translation>Siapa yang ikut serta</translation>
    </message>
    <message>
        <source>Generation mix</source>
        <translation>Komposisi generasi</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Nobody enrolled yet.</source>
        <translation>Belum ada yang terdaftar.</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Status kepegawaian</translation>
    </message>
    <message>
        <source>Enrolled but not paired</source>
        <translation>Terdaftar tetapi belum berpasangan</translation>
    </message>
    <message>
        <source>Nobody is enrolled yet.</source>
        <translation>Belum ada yang terdaftar.</translation>
    </message>
    <message>
        <source>Everyone enrolled is in a pair that has started.</source>
        <translation>Semua yang terdaftar berada dalam pasangan yang sudah dimulai.</translation>
    </message>
    <message>
        <source>{name} (proposed)</source>
        <translation>{name} (diusulkan)</translation>
    </message>
    <message>
        <source>{names}, and {count} more</source>
        <translation>{names}, dan {count} lainnya</translation>
    </message>
    <message>
        <source>(proposed): in a pair proposed but not started.</source>
        <translation>(diusulkan): dalam pasangan yang diusulkan tetapi belum dimulai.</translation>
    </message>
    <message>
        <source>{mentor} and {mentee}</source>
        <translation>{mentor} dan {mentee}</translation>
    </message>
    <message>
        <source>Risks and follow-ups</source>
        <translation>Risiko dan tindak lanjut</translation>
    </message>
    <message>
        <source>No pair has started, so there is nothing to follow up yet.</source>
        <translation>Belum ada pasangan yang dimulai, jadi belum ada yang perlu ditindaklanjuti.</translation>
    </message>
    <message>
        <source>Nobody is enrolled yet, so there is nothing to follow up.</source>
        <translation>Belum ada yang terdaftar, jadi belum ada yang perlu ditindaklanjuti.</translation>
    </message>
    <message>
        <source>Nothing needs attention: every active pair meets on rhythm and is up to date.</source>
        <translation>Tidak ada yang perlu diperhatikan: setiap pasangan aktif bertemu sesuai ritme dan datanya mutakhir.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Needs action now</source>
        <translation>Perlu ditangani sekarang</translation>
    </message>
    <message>
        <source>Worth a look</source>
        <translation>Perlu diperhatikan</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>The {count} most pressing</source>
        <translation>{count} yang paling mendesak</translation>
    </message>
    <message>
        <source>Every follow-up</source>
        <translation>Semua tindak lanjut</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Segera</translation>
    </message>
    <message>
        <source>Soon</source>
        <translation>Nanti</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>… and {count} more: every follow-up is listed in Appendix B, by pair.</source>
        <translation>… dan {count} lainnya: semua tindak lanjut tercantum di Lampiran B, per pasangan.</translation>
    </message>
    <message>
        <source>Appendix A: every pair</source>
        <translation>Lampiran A: semua pasangan</translation>
    </message>
    <message>
        <source>No pairs have been made yet.</source>
        <translation>Belum ada pasangan yang dibuat.</translation>
    </message>
    <message>
        <source>As of {date}. Status: an active pair&apos;s rhythm (on track, overdue, stalled), or how it ended. Meetings: held / about expected. Goals late: past their target date without an outcome. Satisfaction: the latest check-in from the midpoint on, mentee / reverse mentor.</source>
        <translation>Per {date}. Status: ritme pasangan aktif (sesuai jalur, terlambat, macet), atau cara pasangan berakhir. Pertemuan: terlaksana / sekitar yang diharapkan. Sasaran terlambat: melewati tanggal target tanpa hasil. Kepuasan: evaluasi terakhir mulai evaluasi tengah, mentee / mentor terbalik.</translation>
    </message>
    <message>
        <source>Reverse mentor</source>
        <translation>Mentor terbalik</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Goals done</source>
        <translation>Sasaran tercapai</translation>
    </message>
    <message>
        <source>Goals late</source>
        <translation>Sasaran terlambat</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Kepuasan</translation>
    </message>
    <message>
        <source>Appendix B: every follow-up, by pair</source>
        <translation>Lampiran B: semua tindak lanjut, per pasangan</translation>
    </message>
    <message>
        <source>Pairs in the order of their most pressing follow-up; Now: one of them needs action now. Rhythm: days since the last meeting (the program meets every {days} days). Goals: how many are past their target date without an outcome (the oldest date). Check-ins: the stages whose answers are missing.</source>
        <translation>Pasangan diurutkan menurut tindak lanjut yang paling mendesak; Segera: salah satunya perlu ditangani sekarang. Ritme: hari sejak pertemuan terakhir (program bertemu setiap {days} hari). Sasaran: jumlah yang melewati tanggal target tanpa hasil (tanggal paling lama). Evaluasi: tahap yang jawabannya belum ada.</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Pasangan</translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation>Ritme</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Evaluasi</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>mentor has left</source>
        <translation>mentor sudah keluar</translation>
    </message>
    <message>
        <source>mentee has left</source>
        <translation>mentee sudah keluar</translation>
    </message>
    <message>
        <source>mentor&apos;s contract ends {date}</source>
        <translation>kontrak mentor berakhir {date}</translation>
    </message>
    <message>
        <source>mentee&apos;s contract ends {date}</source>
        <translation>kontrak mentee berakhir {date}</translation>
    </message>
    <message>
        <source>Reverse-mentoring program report · figures as of {date}</source>
        <translation>Laporan program mentoring terbalik · angka per {date}</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Ringkasan eksekutif</translation>
    </message>
    <message>
        <source>Objective: {objective}</source>
        <translation>Tujuan: {objective}</translation>
    </message>
    <message>
        <source>Appendix {letter}: the questionnaire</source>
        <translation>Lampiran {letter}: kuesioner</translation>
    </message>
    <message>
        <source>Answered by both sides at each check-in on a scale of 1 (strongly disagree) to {scale} (strongly agree), plus the mentee&apos;s confidence from 1 to 5 in each topic: {topics}. The reaction statements are asked from the midpoint on.</source>
        <translation>Dijawab oleh kedua pihak pada setiap evaluasi dengan skala 1 (sangat tidak setuju) sampai {scale} (sangat setuju), ditambah rasa percaya diri mentee dari 1 sampai 5 pada setiap topik: {topics}. Pernyataan reaksi ditanyakan mulai evaluasi tengah.</translation>
    </message>
    <message>
        <source>Answered by both sides at each check-in on a scale of 1 (strongly disagree) to {scale} (strongly agree), plus the mentee&apos;s confidence from 1 to 5 in each topic. The reaction statements are asked from the midpoint on.</source>
        <translation>Dijawab oleh kedua pihak pada setiap evaluasi dengan skala 1 (sangat tidak setuju) sampai {scale} (sangat setuju), ditambah rasa percaya diri mentee dari 1 sampai 5 pada setiap topik. Pernyataan reaksi ditanyakan mulai evaluasi tengah.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>{program}: program report</source>
        <translation>{program}: laporan program</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Pilih Semua</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Naikkan</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Turunkan</translation>
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
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Tutup tanpa Menyimpan</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Tem&amp;pel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Tampilkan Rincian...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Sembunyikan Rincian...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Kembalikan Bawaan</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Scroll here</source>
        <translation>Gulir ke sini</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Tepi kiri</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Paling atas</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Tepi kanan</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Paling bawah</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>Halaman ke kiri</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>Halaman ke atas</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>Halaman ke kanan</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>Halaman ke bawah</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Gulir ke kiri</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Gulir ke atas</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Gulir ke kanan</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Gulir ke bawah</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Salin &amp;Alamat Tautan</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Tem&amp;pel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <source>Questionnaire</source>
        <translation>Kuesioner</translation>
    </message>
    <message>
        <source>Both sides answer these statements at each stage, from 1 (strongly disagree) to the top of the scale (strongly agree). Each belongs to one of Kirkpatrick&apos;s levels.</source>
        <translation>Kedua pihak menjawab pernyataan ini di setiap tahap, dari 1 (sangat tidak setuju) sampai nilai tertinggi skala (sangat setuju). Setiap pernyataan termasuk salah satu level Kirkpatrick.</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>&amp;Skala:</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Pernyataan</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Pernyataan</translation>
    </message>
    <message>
        <source>&amp;Add Statement</source>
        <translation>&amp;Tambah Pernyataan</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>&amp;Kembalikan Bawaan</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reaksi</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Pembelajaran</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Perilaku</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Questionnaire of {program}</source>
        <translation>Kuesioner {program}</translation>
    </message>
    <message>
        <source>1 to {n}</source>
        <translation>1 sampai {n}</translation>
    </message>
    <message>
        <source>Kirkpatrick level of the statement</source>
        <translation>Level Kirkpatrick pernyataan ini</translation>
    </message>
    <message>
        <source>Keep at least one statement.</source>
        <translation>Sisakan setidaknya satu pernyataan.</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>Search...</source>
        <translation>Cari...</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>T&amp;ambah...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Ubah...</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>&amp;Hapus...</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Daftar</translation>
    </message>
    <message>
        <source>Delete {record}? You can undo this.</source>
        <translation>Hapus {record}? Anda dapat mengurungkannya.</translation>
    </message>
</context>
<context>
    <name>ReportBatch</name>
    <message>
        <source>Could not write {file}: {reason}</source>
        <translation>Tidak dapat menulis {file}: {reason}</translation>
    </message>
    <message>
        <source>In {count} of the reports, no font on this computer draws {characters}; they print as empty boxes. Install a font for that script and export again.</source>
        <translation>Pada {count} laporan, tidak ada fon di komputer ini yang dapat menampilkan {characters}; karakter tersebut tercetak sebagai kotak kosong. Pasang fon untuk aksara tersebut, lalu ekspor ulang.</translation>
    </message>
</context>
<context>
    <name>ReportFacts</name>
    <message>
        <source>Reaction</source>
        <translation>Reaksi</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Pembelajaran</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Perilaku</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Ended early on {date}: {reason}</source>
        <translation>Berakhir lebih awal pada {date}: {reason}</translation>
    </message>
    <message>
        <source>Ended early on {date}</source>
        <translation>Berakhir lebih awal pada {date}</translation>
    </message>
    <message>
        <source>Ended early: {reason}</source>
        <translation>Berakhir lebih awal: {reason}</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Berakhir lebih awal</translation>
    </message>
    <message>
        <source>Completed on {date}</source>
        <translation>Selesai pada {date}</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} s.d. {end}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>belum ditentukan</translation>
    </message>
</context>
<context>
    <name>ReportLayout</name>
    <message>
        <source>{answered} of {asked}</source>
        <translation>{answered} dari {asked}</translation>
    </message>
    <message>
        <source>{answered} of {asked} ({share})</source>
        <translation>{answered} dari {asked} ({share})</translation>
    </message>
    <message>
        <source>{file}: no font on this computer draws {characters}; they print as empty boxes. Install a font for that script and export again.</source>
        <translation>{file}: tidak ada fon di komputer ini yang dapat menampilkan {characters}; karakter tersebut tercetak sebagai kotak kosong. Pasang fon untuk aksara tersebut, lalu ekspor ulang.</translation>
    </message>
    <message>
        <source>the program team</source>
        <translation>tim program</translation>
    </message>
    <message>
        <source>Figures as of {date}; printed {today}.</source>
        <translation>Angka per {date}; dicetak {today}.</translation>
    </message>
    <message>
        <source>Printed {today}.</source>
        <translation>Dicetak {today}.</translation>
    </message>
    <message>
        <source>Confidential: for {whom} only. {dates}</source>
        <translation>Rahasia: hanya untuk {whom}. {dates}</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Halaman {page} dari {total}</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>PDF reports to hand to the client&apos;s leadership: the whole program, or one evaluation report per pair.</source>
        <translation>Laporan PDF untuk diserahkan kepada pimpinan klien: seluruh program, atau satu laporan evaluasi per pasangan.</translation>
    </message>
    <message>
        <source>The &amp;whole program (one PDF)</source>
        <translation>Seluruh p&amp;rogram (satu PDF)</translation>
    </message>
    <message>
        <source>The ticked &amp;pairs (one PDF each, into a folder)</source>
        <translation>Pasangan yang di&amp;centang (masing-masing satu PDF, ke sebuah folder)</translation>
    </message>
    <message>
        <source>Pairs to report on</source>
        <translation>Pasangan yang dilaporkan</translation>
    </message>
    <message>
        <source>Figures as &amp;of:</source>
        <translation>Angka per tan&amp;ggal:</translation>
    </message>
    <message>
        <source>Nothing dated after this day counts in the reports: meetings, check-ins, pairs that ended later.</source>
        <translation>Tidak ada yang bertanggal setelah hari ini yang dihitung dalam laporan: pertemuan, evaluasi berkala, pasangan yang berakhir sesudahnya.</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>Angka per tanggal</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation>&amp;Kertas:</translation>
    </message>
    <message>
        <source>&amp;Open the report when it is ready</source>
        <translation>B&amp;uka laporan setelah selesai</translation>
    </message>
    <message>
        <source>Tick &amp;All</source>
        <translation>Centang Se&amp;mua</translation>
    </message>
    <message>
        <source>&amp;Export PDF...</source>
        <translation>&amp;Ekspor PDF...</translation>
    </message>
    <message>
        <source>Writing the program report...</source>
        <translation>Menulis laporan program...</translation>
    </message>
    <message>
        <source>Writing {number} of {total}: {name}...</source>
        <translation>Menulis {number} dari {total}: {name}...</translation>
    </message>
    <message>
        <source>Save the program report</source>
        <translation>Simpan laporan program</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save one PDF per pair in</source>
        <translation>Simpan satu PDF per pasangan di</translation>
    </message>
    <message>
        <source>{program} - program report.pdf</source>
        <translation>{program} - laporan program.pdf</translation>
    </message>
    <message>
        <source>Tick the pairs to report on first (or Tick All).</source>
        <translation>Centang dulu pasangan yang akan dilaporkan (atau Centang Semua).</translation>
    </message>
    <message>
        <source>Figures as of: {problem}</source>
        <translation>Angka per tanggal: {problem}</translation>
    </message>
    <message>
        <source>Stopped: the reports written before you cancelled are kept.</source>
        <translation>Dihentikan: laporan yang sudah ditulis sebelum Anda membatalkan tetap disimpan.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Ekspor PDF</translation>
    </message>
    <message>
        <source>Writing the report...</source>
        <translation>Menulis laporan...</translation>
    </message>
    <message>
        <source>Writing...</source>
        <translation>Menulis...</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>Wrote 1 PDF to {where}.</source>
        <translation>1 PDF ditulis ke {where}.</translation>
    </message>
    <message>
        <source>Wrote {count} PDFs to {where}.</source>
        <translation>{count} PDF ditulis ke {where}.</translation>
    </message>
</context>
<context>
    <name>RestoreSnapshotDialog</name>
    <message>
        <source>Restore a snapshot</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <source>rmdesk keeps a copy of this file each time it opens it after a change. Check what a copy holds before you bring it back.</source>
        <translation>rmdesk menyimpan salinan berkas ini setiap kali membukanya setelah ada perubahan. Periksa isi salinan sebelum Anda memulihkannya.</translation>
    </message>
    <message>
        <source>Snapshots, newest first</source>
        <translation>Cadangan, terbaru lebih dulu</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Pasangan</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Perubahan terakhir</translation>
    </message>
    <message>
        <source>The current file is kept as a snapshot first, so you can come back to it the same way.</source>
        <translation>Berkas saat ini disimpan dulu sebagai cadangan, sehingga Anda dapat kembali ke versi ini dengan cara yang sama.</translation>
    </message>
    <message>
        <source>{label} (before a restore)</source>
        <translation>{label} (sebelum pemulihan)</translation>
    </message>
    <message>
        <source>{label}, from {file}</source>
        <translation>{label}, dari {file}</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Pulihkan</translation>
    </message>
    <message>
        <source>Replace {name} with the selected copy.</source>
        <translation>Ganti {name} dengan salinan yang dipilih.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Belum diisi</translation>
    </message>
    <message>
        <source>Select the copy to restore.</source>
        <translation>Pilih salinan yang akan dipulihkan.</translation>
    </message>
    <message>
        <source>Restore replaces {name} with the copy taken {when} ({holds}).</source>
        <translation>Pemulihan mengganti {name} dengan salinan yang dibuat {when} ({holds}).</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Pintasan Keyboard</translation>
    </message>
    <message>
        <source>The keys of the menu commands. Keys in lists, forms and the pairing board are in Help &gt; User Guide.</source>
        <translation>Tombol untuk perintah menu. Tombol di daftar, formulir, dan papan pasangan ada di Bantuan &gt; Panduan Pengguna.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Perintah</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tombol</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <source>Suggested pairs</source>
        <translation>Saran pasangan</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Terima</translation>
    </message>
    <message>
        <source>Reverse mentor</source>
        <translation>Mentor terbalik</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Check &amp;all</source>
        <translation>Centang &amp;semua</translation>
    </message>
    <message>
        <source>Check &amp;none</source>
        <translation>&amp;Kosongkan centang</translation>
    </message>
    <message>
        <source>Not paired, and why</source>
        <translation>Tidak dipasangkan, dan alasannya</translation>
    </message>
    <message>
        <source>{pairs} proposed, total score {score}. Untick any you do not want; nothing is saved until you press Accept.</source>
        <translation>{pairs} diusulkan, skor total {score}. Hapus centang yang tidak Anda inginkan; tidak ada yang disimpan sebelum Anda menekan Terima.</translation>
    </message>
    <message>
        <source>No pair can be proposed with the current rules. The reasons are listed below.</source>
        <translation>Tidak ada pasangan yang bisa diusulkan dengan aturan saat ini. Alasannya tercantum di bawah.</translation>
    </message>
    <message>
        <source>warning: {reason}</source>
        <translation>peringatan: {reason}</translation>
    </message>
    <message>
        <source>Accept ticked pairs</source>
        <translation>Terima pasangan yang dicentang</translation>
    </message>
</context>
<context>
    <name>Talent</name>
    <message>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Sedang</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <source>Trusted professional</source>
        <translation>Profesional tepercaya</translation>
    </message>
    <message>
        <source>High performer</source>
        <translation>Berkinerja tinggi</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Bintang</translation>
    </message>
    <message>
        <source>Solid contributor</source>
        <translation>Kontributor andal</translation>
    </message>
    <message>
        <source>Core player</source>
        <translation>Pemain inti</translation>
    </message>
    <message>
        <source>High potential</source>
        <translation>Berpotensi tinggi</translation>
    </message>
    <message>
        <source>Under-performer</source>
        <translation>Kinerja kurang</translation>
    </message>
    <message>
        <source>Inconsistent</source>
        <translation>Tidak konsisten</translation>
    </message>
    <message>
        <source>Rough diamond</source>
        <translation>Berlian mentah</translation>
    </message>
</context>
<context>
    <name>TalentMapPage</name>
    <message>
        <source>Generation unknown</source>
        <translation>Generasi tidak diketahui</translation>
    </message>
    <message>
        <source>Offers: {topics}</source>
        <translation>Menawarkan: {topics}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Belum dinilai</translation>
    </message>
    <message>
        <source>&amp;Juniors only</source>
        <translation>Hanya &amp;junior</translation>
    </message>
    <message>
        <source>Reverse mentors in this program, and people at grades 1 to 6</source>
        <translation>Mentor terbalik dalam program ini, dan orang pada golongan 1 sampai 6</translation>
    </message>
    <message>
        <source>★ Candidate reverse mentor</source>
        <translation>★ Calon mentor terbalik</translation>
    </message>
    <message>
        <source>A junior with high potential who offers a topic at level 3 or more</source>
        <translation>Junior berpotensi tinggi yang menawarkan topik pada tingkat 3 atau lebih</translation>
    </message>
    <message>
        <source>{level}
performance</source>
        <translation>Kinerja
{level}</translation>
    </message>
    <message>
        <source>{level} potential</source>
        <translation>Potensi {level}</translation>
    </message>
    <message>
        <source>Not rated (drag into a box to rate)</source>
        <translation>Belum dinilai (seret ke kotak untuk menilai)</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>{what} must be between {low} and {high} (got {value}).</source>
        <translation>{what} harus antara {low} dan {high} (tertulis {value}).</translation>
    </message>
    <message>
        <source>{what}: a topic has no name.</source>
        <translation>{what}: ada topik tanpa nama.</translation>
    </message>
    <message>
        <source>{what}: level for {topic} must be 1 to 5 (got {level}).</source>
        <translation>{what}: tingkat untuk {topic} harus 1 sampai 5 (tertulis {level}).</translation>
    </message>
    <message>
        <source>Name is required.</source>
        <translation>Nama wajib diisi.</translation>
    </message>
    <message>
        <source>Email {email} is not a valid address.</source>
        <translation>Email {email} bukan alamat yang valid.</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Tahun lahir</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Kinerja</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potensi</translation>
    </message>
    <message>
        <source>Topics offered</source>
        <translation>Topik yang ditawarkan</translation>
    </message>
    <message>
        <source>Topics wanted</source>
        <translation>Topik yang diinginkan</translation>
    </message>
    <message>
        <source>A person cannot be their own manager.</source>
        <translation>Seseorang tidak bisa menjadi atasannya sendiri.</translation>
    </message>
    <message>
        <source>Outsourced staff need the agency they are contracted through.</source>
        <translation>Staf alih daya perlu diisi agensi yang mengontraknya.</translation>
    </message>
    <message>
        <source>Consent date {date} is in the future.</source>
        <translation>Tanggal persetujuan {date} ada di masa depan.</translation>
    </message>
    <message>
        <source>Program name is required.</source>
        <translation>Nama program wajib diisi.</translation>
    </message>
    <message>
        <source>End date {end} must be after the start {start}.</source>
        <translation>Tanggal berakhir {end} harus setelah tanggal mulai {start}.</translation>
    </message>
    <message>
        <source>Meeting cadence (days)</source>
        <translation>Jarak pertemuan (hari)</translation>
    </message>
    <message>
        <source>Grace days</source>
        <translation>Hari tenggang</translation>
    </message>
    <message>
        <source>Mentor capacity</source>
        <translation>Kapasitas mentor</translation>
    </message>
    <message>
        <source>Contract end {end} is before the program start {start}.</source>
        <translation>Kontrak berakhir {end}, sebelum program dimulai {start}.</translation>
    </message>
    <message>
        <source>A person cannot mentor themselves.</source>
        <translation>Seseorang tidak bisa menjadi mentor bagi dirinya sendiri.</translation>
    </message>
    <message>
        <source>Say what the goal is.</source>
        <translation>Tuliskan sasarannya.</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>Kemajuan (%)</translation>
    </message>
    <message>
        <source>Meeting date is required.</source>
        <translation>Tanggal pertemuan wajib diisi.</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Durasi (menit)</translation>
    </message>
    <message>
        <source>Answer {key}</source>
        <translation>Jawaban {key}</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Keyakinan</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to rmdesk</source>
        <translation>Selamat datang di rmdesk</translation>
    </message>
    <message>
        <source>Run a reverse-mentoring program from one file: people, goals, pairs, meetings and evaluations. Your work is saved as you go.</source>
        <translation>Jalankan program mentoring terbalik dari satu berkas: peserta, sasaran, pasangan, pertemuan, dan evaluasi. Pekerjaan Anda tersimpan otomatis selama bekerja.</translation>
    </message>
    <message>
        <source>&amp;New program file...</source>
        <translation>Berkas program ba&amp;ru...</translation>
    </message>
    <message>
        <source>&amp;Open a program file...</source>
        <translation>B&amp;uka berkas program...</translation>
    </message>
    <message>
        <source>Open the &amp;demo program</source>
        <translation>Buka program &amp;demo</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Berkas terakhir</translation>
    </message>
</context>
</TS>
