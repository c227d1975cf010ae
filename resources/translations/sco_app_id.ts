<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>ArgumentPanel</name>
    <message>
        <location filename="../../sco_app/ui/argument_panel.py" line="27"/>
        <source>The paper&apos;s argument for the selected event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/argument_panel.py" line="64"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/argument_panel.py" line="104"/>
        <source>The paper&apos;s own argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/argument_panel.py" line="105"/>
        <source>A teaching interpretation, not a claim of the paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/argument_panel.py" line="120"/>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/argument_panel.py" line="122"/>
        <source>Another reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/argument_panel.py" line="123"/>
        <source>Caused by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/argument_panel.py" line="124"/>
        <source>Led to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="231"/>
        <source>% right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <location filename="../../sco_app/ui/events_table.py" line="27"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/events_table.py" line="27"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/events_table.py" line="27"/>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/events_table.py" line="27"/>
        <source>Theory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/events_table.py" line="27"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/events_table.py" line="69"/>
        <source>the paper&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/events_table.py" line="69"/>
        <source>teaching reading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsTable</name>
    <message>
        <location filename="../../sco_app/ui/events_table.py" line="112"/>
        <source>Filter events (title, description, country code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/events_table.py" line="113"/>
        <source>Filter events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/events_table.py" line="118"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExamSettingsDialog</name>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="147"/>
        <location filename="../../sco_app/ui/profile_dialog.py" line="148"/>
        <source>Exam settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="150"/>
        <source>Number of questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="150"/>
        <source> questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="151"/>
        <source>Time limit in minutes, 0 for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="152"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="152"/>
        <source>No time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="153"/>
        <source>Pass mark in per cent, 0 for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="154"/>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="154"/>
        <source>No pass mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="156"/>
        <source>Question types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="162"/>
        <source>Shuffle the questions and the options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="163"/>
        <source>Show the right answers and feedback at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="165"/>
        <source>&amp;Questions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="166"/>
        <source>&amp;Time limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="167"/>
        <source>&amp;Pass mark:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../sco_app/ui/filter_bar.py" line="38"/>
        <source>Theories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/filter_bar.py" line="43"/>
        <source>Lane:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/filter_bar.py" line="43"/>
        <source>Show one lane of events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/filter_bar.py" line="44"/>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/filter_bar.py" line="44"/>
        <source>Show the events of one country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/filter_bar.py" line="45"/>
        <source>Theory lens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/filter_bar.py" line="45"/>
        <source>Fade everything but one theory, on the timeline and the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/filter_bar.py" line="48"/>
        <source>Legend of the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/filter_bar.py" line="81"/>
        <source>Show {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/filter_bar.py" line="96"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/filter_bar.py" line="96"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="44"/>
        <source>Opening the lesson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="45"/>
        <source>Opening the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="73"/>
        <source>Map, events list and quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="74"/>
        <source>&amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="75"/>
        <source>&amp;Events list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="76"/>
        <source>&amp;Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="96"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="97"/>
        <source>&amp;Open lesson pack folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="99"/>
        <source>Open lesson pack &amp;zip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="101"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="103"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="108"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="109"/>
        <source>&amp;Previous event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="111"/>
        <source>&amp;Next event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="113"/>
        <source>&amp;Find event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="116"/>
        <source>Qui&amp;z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="117"/>
        <source>&amp;Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="117"/>
        <source>&amp;Exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="118"/>
        <source>Exam &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="119"/>
        <source>&amp;Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="122"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="123"/>
        <source>&amp;About sco-app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="140"/>
        <source>Quiz: {prompt} Click it on the map (Alt+Q returns to the quiz).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="162"/>
        <source>Open a lesson pack folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="167"/>
        <source>Open a lesson pack zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="168"/>
        <source>Lesson packs (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="179"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/main_window.py" line="184"/>
        <source>About sco-app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/app.py" line="146"/>
        <source>This lesson pack has problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapQuestion</name>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="190"/>
        <source>Click the state on the map, or choose it in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="191"/>
        <source>Go to the m&amp;ap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="192"/>
        <source>Go to the map to click the state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="195"/>
        <source>Choose the state from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="196"/>
        <source>Choose a state…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="205"/>
        <location filename="../../sco_app/ui/question_widgets.py" line="228"/>
        <source>You chose: nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="227"/>
        <source>You chose: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="142"/>
        <source>Map of statuses on the chosen date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="143"/>
        <source>Plus and minus zoom, 0 frames the lesson&apos;s states again, drag to pan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="144"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="144"/>
        <source>Observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="144"/>
        <source>No status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="145"/>
        <source>Dialogue partner / SCO partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="145"/>
        <source>Other status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="147"/>
        <source>founding member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="147"/>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="148"/>
        <source>observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="148"/>
        <source>dialogue partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="149"/>
        <source>SCO partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="149"/>
        <source>guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="149"/>
        <source>no status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="150"/>
        <source>applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="150"/>
        <source>suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="233"/>
        <source>Status on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="233"/>
        <source>No date chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="302"/>
        <source>Later than the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="305"/>
        <source>Disputed area (Natural Earth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="307"/>
        <source>States in the chosen event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="309"/>
        <source>Lens: {theory}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="334"/>
        <source>Status on {date}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/map_view.py" line="338"/>
        <source>Claimants: {names}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionsQuestion</name>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="135"/>
        <source>Choose every right option (keys 1 to {n} tick them), then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="136"/>
        <source>Choose one option (keys 1 to {n}), then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="176"/>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="176"/>
        <source>wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderQuestion</name>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="246"/>
        <source>Events to put in order, earliest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="249"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="249"/>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="250"/>
        <source>Move the chosen event up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="251"/>
        <source>Move the chosen event down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="263"/>
        <source>Drag the events into order, or choose one and press Alt+Up or Alt+Down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="276"/>
        <source>{title} is now number {n} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="65"/>
        <source>Who is answering?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="66"/>
        <source>Choose or create a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="67"/>
        <source>Your answers are kept under your profile on this computer, so that practice can bring back what you missed and you can see your results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="70"/>
        <source>Existing profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="72"/>
        <source>&amp;Use this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="75"/>
        <source>Your name (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="76"/>
        <source>Name of the new profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="77"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="78"/>
        <source>Student id of the new profile (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="79"/>
        <source>C&amp;reate and use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="85"/>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="87"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="88"/>
        <source>&amp;Student id:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionTypes</name>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="133"/>
        <source>Which theory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="134"/>
        <source>Multiple choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="135"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="136"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="137"/>
        <source>Sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="138"/>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="34"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizPanel</name>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="48"/>
        <location filename="../../sco_app/ui/quiz_panel.py" line="358"/>
        <source>Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="59"/>
        <source>Quiz mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="60"/>
        <source>Quiz progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="60"/>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="71"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="74"/>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="79"/>
        <source>Question and feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="81"/>
        <source>&amp;Check answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="81"/>
        <source>Check answer (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="82"/>
        <location filename="../../sco_app/ui/quiz_panel.py" line="192"/>
        <source>&amp;Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="82"/>
        <source>Next question (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="84"/>
        <source>Show on time&amp;line and map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="84"/>
        <source>Show on timeline and map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="87"/>
        <source>&amp;Stop practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="87"/>
        <source>Stop practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="91"/>
        <source>Exam result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="93"/>
        <source>&amp;Back to the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="93"/>
        <source>Back to the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="192"/>
        <source>&amp;Finish exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="200"/>
        <source>Answering: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="202"/>
        <source>Question {n} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="205"/>
        <source>{right} of {n} right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="207"/>
        <location filename="../../sco_app/ui/quiz_panel.py" line="350"/>
        <source>Due for review: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="305"/>
        <source>Exam — finished: your result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="310"/>
        <source>Exam result: {p}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="349"/>
        <source>(you will be asked who you are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="351"/>
        <source>Quiz: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="352"/>
        <source>Answering: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="357"/>
        <source>Practice — feedback after every answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/quiz_panel.py" line="358"/>
        <source>Exam — no feedback until the end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="55"/>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="82"/>
        <source>Right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="84"/>
        <source>Not quite: {p:.0f}% of it is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="85"/>
        <source>Not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="102"/>
        <source>The paper&apos;s reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="103"/>
        <source>Another reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="108"/>
        <source>the paper&apos;s own argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="109"/>
        <source>a teaching interpretation, not a claim of the paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="120"/>
        <source>✔ Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="120"/>
        <source>✘ Not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="124"/>
        <source>Pass mark: {p}%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="125"/>
        <source>{right} of {asked} questions fully right; {skipped} not answered. Exam number {seed}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="271"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="273"/>
        <source>Whose results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="279"/>
        <source>Summary of the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="280"/>
        <source>By theory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="280"/>
        <source>By question type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="281"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="281"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="281"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="281"/>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="282"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="282"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="282"/>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="282"/>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="283"/>
        <source>Sessions, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="284"/>
        <source>Questions missed most often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="288"/>
        <source>Student:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="291"/>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="291"/>
        <source>Export &amp;xAPI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="299"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="300"/>
        <source>Missed most often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="325"/>
        <source>Spreadsheet (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="325"/>
        <source>xAPI statements (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="326"/>
        <source>Export the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="329"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="329"/>
        <source>{0} answers written to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="352"/>
        <source>{n} answers, {p:.0f}% right, in {k} sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="355"/>
        <source>No answers yet on this lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="370"/>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/results_view.py" line="370"/>
        <source>Exam</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SortQuestion</name>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="299"/>
        <source>Events to sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="304"/>
        <source>Events {theory} explains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="314"/>
        <source>Back to the events to sort	Alt+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="315"/>
        <source>Move &amp;to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="316"/>
        <source>Move the chosen event to a theory (Alt+1 to Alt+9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="324"/>
        <source>Drag each event into the box of its theory, or choose it and press Alt+1 to Alt+{n} (Alt+0 takes it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="326"/>
        <source>Events to sort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="350"/>
        <source>the events to sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/question_widgets.py" line="351"/>
        <source>{title} moved to {where}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="207"/>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="209"/>
        <source>Who is answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="210"/>
        <source>Change pr&amp;ofile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="211"/>
        <source>My &amp;results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="213"/>
        <source>Questions due for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="215"/>
        <source>Exam settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="216"/>
        <source>Start &amp;practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="217"/>
        <source>Start e&amp;xam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="218"/>
        <source>Exam &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="223"/>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="224"/>
        <source>Questions due for review come first. After every answer you see whether it was right, the feedback, and the paper&apos;s reading of the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="227"/>
        <source>Exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="228"/>
        <source>No feedback and no going back until the end; then your score, by theory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="261"/>
        <source>{n} questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="262"/>
        <source>time limit {m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="262"/>
        <source>no time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="263"/>
        <source>pass mark {p}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/profile_dialog.py" line="263"/>
        <source>no pass mark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../sco_app/ui/timeline_view.py" line="71"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/timeline_view.py" line="73"/>
        <source>Events by date in lanes. Plus and minus zoom, Control with arrows pans, Home shows all; the events list holds the same events as text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserData</name>
    <message>
        <location filename="../../sco_app/ui/user_data.py" line="23"/>
        <source>Your saved progress could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sco_app/ui/user_data.py" line="24"/>
        <source>The progress file was damaged, so it was moved aside to
{0}
and a new one was started. Nothing was deleted: your teacher may be able to recover the old answers from that file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
