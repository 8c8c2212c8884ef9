<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>Text</name>
    <message>
        <source>The file could not be opened: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::ApiError</name>
    <message>
        <source>Cannot reach the server at %1: nothing is listening there. Check the server address in Settings, or try again when the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot find the server %1: the name does not resolve. Check the server address in Settings and your network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s identity could not be verified (TLS certificate problem). The connection was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. Check your network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer Fentu Desk cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server at %1 failed before the answer was complete. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request as invalid (HTTP 400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request as invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key was refused. Update it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API key may only read; it cannot change work orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That work order no longer exists (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That customer no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has nothing at this address (HTTP 404). Check the server address in Settings, including its path (such as /api/v1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server is busy (rate limited). Try again in %n second(s).</source>
        <translation>
            <numerusform>The server is busy (rate limited). Try again in %n second.</numerusform>
            <numerusform>The server is busy (rate limited). Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is busy (rate limited). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fentu Desk tried %n time(s).</source>
        <translation>
            <numerusform>Fentu Desk tried %n time.</numerusform>
            <numerusform>Fentu Desk tried %n times.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server answered with an unexpected error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an unexpected error (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server address is set. Enter it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http:// for a server on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password; the API key is entered separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for a server on this computer. Use https:// so the API key is never sent unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected Fentu Desk to a different or less secure address. The redirect was not followed; check the server address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address is not a valid web address. Check it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline copy of the work orders on this computer could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server: nothing is listening at the configured address. Check the server address in Settings, or try again when the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot find the server: the configured address does not resolve. Check the server address in Settings and your network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server failed before the answer was complete. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::BoardBarItem</name>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No duration given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 (no duration given: %3 min assumed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late: should have ended by now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late: should have started by now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clash: overlaps another order of the same technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change made here is not on the server yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::BoardController</name>
    <message>
        <source>&amp;Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technicians across, time along: who does what, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work order table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the offline cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the orders of the board&apos;s last move back where they were</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::BoardImagePrinter</name>
    <message>
        <source>Board: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board: %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::BoardModel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not moved: %1. The other orders of the move were put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not moved: %1. Some orders of the move could not be put back: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by someone else meanwhile and now shows their version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not put back, changed since the move: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed by someone else meanwhile; it now shows their version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::BoardPanel</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clashes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many days the board shows (+ and − on the board)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole day, not only the working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Saturdays and Sundays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the technicians with overlapping orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the board: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whose rows the board shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technicians: all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technicians: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::BoardPrinting</name>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the board&apos;s days as PDF: day sheets per technician, or the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board was saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day sheet(s) saved as %1</source>
        <translation>
            <numerusform>%n day sheet saved as %1</numerusform>
            <numerusform>%n day sheets saved as %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Details not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the day sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print what is shown: the list, or the board&apos;s days as day sheets per technician or as the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the board (View ▸ Board) to save its days as PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::BoardSettingsGroup</name>
    <message>
        <source>Schedule board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drag snaps to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dragging an order lands on multiples of this many minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the board again every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While online, the board reads its days again this often, so that other dispatchers&apos; changes show; never while offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders without a duration last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long an order without an estimated duration is drawn (faded, so it does not look like a promise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag &amp;snaps to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a&amp;gain every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders without a d&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::BoardTechniciansDialog</name>
    <message>
        <source>Technicians on the Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the rows of these technicians:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to narrow the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrow the list of technicians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one technician.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::BoardTimeAxis</name>
    <message>
        <source>%1 (today)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::BoardView</name>
    <message>
        <source>Schedule board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to %1, %2 (Esc cancels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to %1 (Esc cancels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) to assign</source>
        <translation>
            <numerusform>%n order to assign</numerusform>
            <numerusform>%n orders to assign</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n clash(es)</source>
        <translation>
            <numerusform>⚠ %n clash</numerusform>
            <numerusform>⚠ %n clashes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message>
        <source>inactive · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % booked: over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule for %1, %2 (Esc cancels)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::BoardWaitingList</name>
    <message>
        <source>Orders not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders with no date and no technician. Drag one onto a technician&apos;s row at the time it should start, or press Return to give it both in the edit dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Not scheduled: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not scheduled (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::BulkConflicts</name>
    <message numerus="yes">
        <source>%n conflict(s) decided</source>
        <translation>
            <numerusform>%n conflict decided</numerusform>
            <numerusform>%n conflicts decided</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) left undecided; those orders keep the server&apos;s version</source>
        <translation>
            <numerusform>%n conflict left undecided; those orders keep the server&apos;s version</numerusform>
            <numerusform>%n conflicts left undecided; those orders keep the server&apos;s version</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fentu::BulkWriter</name>
    <message>
        <source>Someone else changed this order on the server meanwhile; open it to decide.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::CacheError</name>
    <message>
        <source>The offline cache is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so the offline cache could not be updated. Nothing was lost; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline cache cannot be written: the file or its folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline cache is in use by another program. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline cache file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported an error while using the offline cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline cache was written by a newer version of Fentu Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline cache was asked for something it cannot answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline cache reported an unexpected error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::CacheFile</name>
    <message>
        <source>The offline cache file belonged to another server. It was kept as “%1” and a new, empty cache was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline cache file was damaged and could not be read. It was kept as “%1” and a new, empty cache was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsent changes saved from it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work online or run a sync to fill it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fentu Desk works online only until this is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::ConflictDialog</name>
    <message>
        <source>Changed on the Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed work order %1 on the server after you started your edit. Compare the two versions and choose which one to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields marked ● were changed on the server since your edit started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your version; it replaces the server&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop your edit and keep what the server has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type the value of each field in question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on the server since your edit started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your value differs from the server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (on the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send Edited Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set each field in question, then send:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::ConnectionProbe</name>
    <message numerus="yes">
        <source>Connected. The server has %Ln work order(s).</source>
        <translation>
            <numerusform>Connected. The server has %Ln work order.</numerusform>
            <numerusform>Connected. The server has %Ln work orders.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server at %1 refused this API key. Check the key and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something answered at %1, but not as a Fentu server does (HTTP %2). Check the address, including its path (such as /api/v1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something answered at %1, but not as a Fentu server does. Check the address, including its path (such as /api/v1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server at %1. Check the address and your network, and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::CredentialResult</name>
    <message>
        <source>No API key is saved for this server yet. Enter it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address is not valid, so no API key can be looked up for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain (such as GNOME Keyring or KWallet) is running, so the API key cannot be kept safely on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the system keychain was refused, so the API key cannot be read or saved there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access to the API key. It may be locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain cannot be used right now. It may be locked or not running, so the API key cannot be read or saved there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::DateRule</name>
    <message>
        <source>Fixed dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue (before today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today and later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::DaySheetDocument</name>
    <message>
        <source>duration not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLASH: overlaps another order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done / remarks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message>
        <source>No orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only orders matching: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::DaySheetPrinter</name>
    <message>
        <source>Day sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::DocumentPages</name>
    <message>
        <source>Printed %1 · page %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::EditCommands</name>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the work order: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work order cannot be opened offline without a cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This work order is not in the offline cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved offline — will be sent when the server is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::ErrorBar</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::ExportFlow</name>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Work Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting work orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting work orders… %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) exported to %1</source>
        <translation>
            <numerusform>%n work order exported to %1</numerusform>
            <numerusform>%n work orders exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The work orders could not be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every work order of this view as a CSV file or an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::FilterController</name>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the filter panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the keyboard focus to the filter panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to F&amp;ilters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::FilterPanel</name>
    <message>
        <source>Any customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type any part of a name to find a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type any part of a name to find a technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s customer list is unavailable: showing customers from the offline cache and from work orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s customer list is unavailable: showing customers seen in work orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s technician list is unavailable: showing technicians from the offline cache and from work orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s technician list is unavailable: showing technicians seen in work orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only orders scheduled on or after this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only orders scheduled on or before this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toda&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled this week, Monday to Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled today or in the six days after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overd&amp;ue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled before today and not completed or cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide com&amp;pleted and cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear every filter (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedu&amp;led</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::FilterSummaryBar</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all work orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::FirstRunDialog</name>
    <message>
        <source>&amp;Connect to My Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try the Local Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Fentu Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fentu Desk shows and edits the work orders of a Fentu FSM server. To start, tell it which server to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your server&apos;s address and your API key. The key is kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts a demo server on this computer with sample work orders, so you can look around. Nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this window; Settings (%1) is there when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::LaunchOptions</name>
    <message>
        <source>The API&apos;s base URL, e.g. https://api.fentu.io/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fentu Desk: a desktop client for the Fentu FSM Work Orders API.
The API key is kept in the system keychain (enter it in Settings); the FENTU_API_KEY environment variable overrides it for this run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::ListPrinting</name>
    <message>
        <source>Preparing the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first %1 of %2 work orders (File ▸ Export… takes them all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s)</source>
        <translation>
            <numerusform>%n work order</numerusform>
            <numerusform>%n work orders</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · data as of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::LocalDateTime</name>
    <message>
        <source>%1, %2</source>
        <comment>long date, time</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::LocalSandbox</name>
    <message>
        <source>The local sandbox started but did not report its address in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox is not installed: %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the sandbox&apos;s data, %1, cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::MainActions</name>
    <message>
        <source>&amp;New Work Order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Work Order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Work Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the work orders again from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the loaded work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address, API key and preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Fentu Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Fentu Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the details of the selected work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the keyboard focus between the table and the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Detai&amp;ls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::MainWindow</name>
    <message>
        <source>Fentu Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search loaded work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number, customer, technician or type (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Fentu Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Fentu Desk %1&lt;/h3&gt;&lt;p&gt;A native desktop client for the Fentu FSM Work Orders API.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server is configured yet. Open Settings to enter the server address and the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server is configured: start with --base-url and the FENTU_API_KEY environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Fentu Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all cached work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number, customer, address, contact, phone, technician, type, description or notes; every word counts, and the start of a word is enough (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not among the orders on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not among the orders cached on this computer; it can be looked for on the server once it is reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not cached yet: reading the server&apos;s lists to find it…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::NeedsAttentionDialog</name>
    <message>
        <source>New work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change was sent to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;solve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was attempted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the change again (after fixing the cause on the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the change up; it is removed from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the server&apos;s version and choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this order on the server meanwhile: choose which version to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this change? It was never accepted by the server and cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the change (your values, with the server&apos;s reasons) and send it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the new work order again: only if you know it did not arrive on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These changes made here wait for you: the server refused them, or did not answer when they were sent. Nothing is lost: correct them, send them again once the cause is fixed, or discard them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this new work order? Do so only if you know it arrived on the server; otherwise it is lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::OfflineBanner</name>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop working offline and load from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check now whether the server can be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try A&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::OfflineController</name>
    <message>
        <source>Could not save to the offline cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work &amp;Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the cached orders without contacting the server; changes wait until you go online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy every work order from the server to this computer, for working offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the server refused, and changes that collided with someone else&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept a change made here: see View ▸ Needs Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs &amp;Attention (%L1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change still waits for your choice: see View ▸ Needs Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new work order may not have reached the server: see View ▸ Needs Attention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::OfflineSettingsGroup</name>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: every order under %1, else the days below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders scheduled within the days below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync fetches the details (description, notes, contact and phone, tasks) of these orders, so that they are complete offline. Orders without a date are always included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;ys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the server asks a sync to slow down (rate limiting), the sync waits as long as it asks, up to this long in all, and then gives up. The cached orders stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for a &amp;busy server up to:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::OrderDetails</name>
    <message>
        <source>Details could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details not available offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::OrderExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::OrderFields</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::OrderValidation</name>
    <message>
        <source>A customer is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The estimated duration must be a whole number of minutes, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The priority must be one of low, medium, high or urgent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status must be one of draft, open, assigned, in_progress, on_hold, completed or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled date must be an ISO 8601 date and time, such as 2024-02-01T10:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::OutboxReplayer</name>
    <message>
        <source>This new work order has no customer, so it cannot be sent. Edit it or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change belongs to a new work order that was never created on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer when this new work order was sent, and it is not among the customer&apos;s orders on the server. Send it again, or discard it if you know it arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed each time this change was sent (%1). It is kept: retry it when the server works again, or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::PrintChoiceDialog</name>
    <message>
        <source>&amp;Day sheets (one page per technician)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;board as shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each technician&apos;s orders of each day shown, in time order, with the customer, address, contact, description, notes and tasks to tick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows and bars of the days shown, fitted to a landscape page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::Priority</name>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::QuickActions</name>
    <message>
        <source>Set &amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign Technician…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the status of the selected work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign, reassign or unassign the selected work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected work orders to another date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected work orders to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1… (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n work orders</source>
        <translation>
            <numerusform>%n work order</numerusform>
            <numerusform>%n work orders</numerusform>
        </translation>
    </message>
    <message>
        <source>Setting %1 to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigning %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigning %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New date and time for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescheduling %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n work orders to the trash?</source>
        <translation>
            <numerusform>Move %n work order to the trash?</numerusform>
            <numerusform>Move %n work orders to the trash?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Work Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving %1 to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n saved offline</source>
        <translation type="vanished">
            <numerusform>, %n saved offline</numerusform>
            <numerusform>, %n saved offline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation type="vanished">
            <numerusform>, %n failed</numerusform>
            <numerusform>, %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n cancelled</source>
        <translation type="vanished">
            <numerusform>, %n cancelled</numerusform>
            <numerusform>, %n cancelled</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see details)</source>
        <translation>
            <numerusform>… and %n more (see details)</numerusform>
            <numerusform>… and %n more (see details)</numerusform>
        </translation>
    </message>
    <message>
        <source>Some Work Orders Were Not Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 work orders were changed. These were not:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Decide %n Conflict(s)…</source>
        <translation>
            <numerusform>&amp;Decide %n Conflict…</numerusform>
            <numerusform>&amp;Decide %n Conflicts…</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare each order changed on the server meanwhile and choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n done.</source>
        <translation>
            <numerusform>%1: %2 of %n done.</numerusform>
            <numerusform>%1: %2 of %n done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved offline.</source>
        <translation>
            <numerusform>%n saved offline.</numerusform>
            <numerusform>%n saved offline.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n failed.</numerusform>
            <numerusform>%n failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled.</source>
        <translation>
            <numerusform>%n cancelled.</numerusform>
            <numerusform>%n cancelled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fentu::RefusedChangeEditor</name>
    <message>
        <source>Correct %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corrected change was sent to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corrected change waits to be sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::RelativeTime</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::ReschedulePicker</name>
    <message>
        <source>&amp;Unschedule (no date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reschedule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::SaveViewDialog</name>
    <message>
        <source>These dates: %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These dates: from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These dates: until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, counted from the day it is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A view needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a view of that name already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::SavedView</name>
    <message>
        <source>Today and upcoming</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::SavedViewListModel</name>
    <message>
        <source>%1 · Dates: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s)</source>
        <translation>
            <numerusform>%n work order</numerusform>
            <numerusform>%n work orders</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::SettingsDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: Save puts it in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts with https://, or http:// for a server on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the API key you were given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work orders per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many work orders are loaded at a time. 100 means the fewest round trips to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work orders per &amp;page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for this session only: Fentu Desk will ask for it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API key for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 You can keep the key for this session only; Fentu Desk will ask for it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for This &amp;Session Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System follows the desktop&apos;s style and colours; Light and Dark keep Fentu Desk light or dark whatever the desktop uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appea&amp;rance:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::Status</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::StatusFilterModel</name>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s)</source>
        <translation>
            <numerusform>%n work order</numerusform>
            <numerusform>%n work orders</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::StatusIndicators</name>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading work orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key refused by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reported a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln work order(s)</source>
        <translation>
            <numerusform>%Ln work order</numerusform>
            <numerusform>%Ln work orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln change waiting to be sent</numerusform>
            <numerusform>%Ln changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %L1 of %L2 loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made here that the server does not have yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>the offline state, then the server&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln found</numerusform>
            <numerusform>%Ln found</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching the orders cached on this computer (updated %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::SwitchingPageSource</name>
    <message>
        <source>Offline — nothing has been cached from this server yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — showing orders cached %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::SyncProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing %L1 of %L2 orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the sync; the orders already cached stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting sync…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the server (rate limited), resuming in %n s</source>
        <translation>
            <numerusform>Waiting for the server (rate limited), resuming in %n s</numerusform>
            <numerusform>Waiting for the server (rate limited), resuming in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 of 2: orders %L1 of %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2 of 2: details %L1 of %L2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::SyncResult</name>
    <message numerus="yes">
        <source>Synced %n order(s).</source>
        <translation>
            <numerusform>Synced %n order.</numerusform>
            <numerusform>Synced %n orders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) deleted on the server were removed.</source>
        <translation>
            <numerusform>%n order deleted on the server was removed.</numerusform>
            <numerusform>%n orders deleted on the server were removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s list changed during the sync, so no order was removed; sync again to remove deleted orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server has no customer or technician list; names are taken from the orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sync cancelled after %n order(s). The cached orders are still available.</source>
        <translation>
            <numerusform>Sync cancelled after %n order. The cached orders are still available.</numerusform>
            <numerusform>Sync cancelled after %n orders. The cached orders are still available.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed: %1 The cached orders are still available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped: %1 Nothing was removed from the cached orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server asked to slow down; the sync waited %n second(s).</source>
        <translation>
            <numerusform>The server asked to slow down; the sync waited %n second.</numerusform>
            <numerusform>The server asked to slow down; the sync waited %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetched %n order detail(s) for offline use.</source>
        <translation>
            <numerusform>Fetched %n order detail for offline use.</numerusform>
            <numerusform>Fetched %n order details for offline use.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every order&apos;s details were already up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync cancelled while fetching details: %1 of %2 fetched. The next sync fetches the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The orders were synced, but fetching their details stopped after %1 of %2: %3 The next sync fetches the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server could not give %n order detail(s); the next sync asks again.</source>
        <translation>
            <numerusform>The server could not give %n order detail; the next sync asks again.</numerusform>
            <numerusform>The server could not give %n order details; the next sync asks again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync stopped: the server kept asking to slow down (rate limiting), longer than the %n minute(s) a sync waits for it (Settings ▸ Offline, or fentu-cli sync --max-wait). The cached orders are still available; try again later.</source>
        <translation>
            <numerusform>Sync stopped: the server kept asking to slow down (rate limiting), longer than the %n minute a sync waits for it (Settings ▸ Offline, or fentu-cli sync --max-wait). The cached orders are still available; try again later.</numerusform>
            <numerusform>Sync stopped: the server kept asking to slow down (rate limiting), longer than the %n minutes a sync waits for it (Settings ▸ Offline, or fentu-cli sync --max-wait). The cached orders are still available; try again later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fentu::SyncRun</name>
    <message>
        <source>the server sent page %1 with only orders it had already sent, as if it ignored which page was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::TechnicianPicker</name>
    <message>
        <source>Assign Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search technicians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign (no technician)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::ViewFile</name>
    <message>
        <source>The file could not be written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” should be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” should be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date written as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view&apos;s name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“filter” should be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a work order status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a kind of dates this version knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view&apos;s dates end before they start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“sort” should be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a column of the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sort order should be “ascending” or “descending”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“columns” should be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each of the columns should be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column “%1” is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The width of the column “%1” should be a number of pixels from 0 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view hides every column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“board” should be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board shows 1, 7 or 14 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Fentu Desk view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view was saved by a newer version of Fentu Desk; update this one to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to be a view (over %1 KB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Fentu Desk view: it is not valid JSON (%1 at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board&apos;s “technicians” should be a list of technician ids.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::ViewListDelegate</name>
    <message>
        <source>%1 (changed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::ViewPages</name>
    <message>
        <source>The work orders are no longer available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::ViewsController</name>
    <message>
        <source>Saved &amp;Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save View As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the filters, search, sort and columns shown under a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep what the window shows now in the view shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the view another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the saved view (the work orders stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a view as a file to share with colleagues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a view from a file a colleague shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is %1 now: the view “%2” moved on to the new day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View “%1” saved; Ctrl+%2 shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View “%1” updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the view “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work orders it shows stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View “%1” deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fentu Desk views (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View “%1” exported to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view could not be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view in %1 could not be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View “%1” imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::ViewsPanel</name>
    <message>
        <source>Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;iews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved views yet: set the filters, then Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::WorkOrderColumns</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status “%1” is not known to this version of Fentu Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No technician assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Estimated %n minute(s)</source>
        <translation>
            <numerusform>Estimated %n minute</numerusform>
            <numerusform>Estimated %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>No estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed here; not yet sent to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::WorkOrderDetailForm</name>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown from the offline cache, fetched %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the list fields were cached: description, contact and tasks show once the server can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::WorkOrderDetailLoader</name>
    <message>
        <source>The offline cache could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This work order is not in the offline cache. Its details show once the server can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::WorkOrderDetailView</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n work orders selected</source>
        <translation>
            <numerusform>%n work order selected</numerusform>
            <numerusform>%n work orders selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a work order to see its details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the work order…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::WorkOrderDialog</name>
    <message>
        <source>New Work Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the work order; see the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form now shows the server&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this change; see the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::WorkOrderFilter</name>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed and cancelled hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All work orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::WorkOrderForm</name>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the technician or the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear to leave the order unscheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;heduled:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Technician:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No technician has this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dur&amp;ation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as d&amp;raft (not yet submitted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available offline — the server keeps what it has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the list row of this order is on this computer. Open it while online to edit this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the list row of this order is on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::WorkOrderTableView</name>
    <message>
        <source>Work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::WriteResult</name>
    <message>
        <source>Saved on this computer; it will be sent when the server is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this work order on the server since you opened it. Choose which version to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::XlsxSheet</name>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::cli::AgendaCommand</name>
    <message>
        <source>Lists each technician&apos;s work orders of a day (or of --days days from it), in your local time, by technician and start; orders that overlap another of the same technician are flagged CLASH. From the server (written through to the offline cache) or, with --offline, from the cache. --pdf writes the day sheets Fentu Desk prints instead: a page per technician and day with each order&apos;s customer, address, contact, description, notes and tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The (first) day, in your local time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many days from --date, 1 to %1 (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this technician&apos;s orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the offline cache; the server is not contacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the day sheets to FILE as PDF instead (not with --format). With --offline, an order whose details were never fetched says so on its sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agenda needs --date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date: expected a date as YYYY-MM-DD, such as 2024-01-27</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days must be a whole number from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--technician needs an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pdf writes the day sheets; it does not take --format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pdf needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be table, csv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) printed without their details (see the sheets)</source>
        <translation>
            <numerusform>%n order printed without its details (see the sheets)</numerusform>
            <numerusform>%n orders printed without their details (see the sheets)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day sheet(s) written to %1</source>
        <translation>
            <numerusform>%n day sheet written to %1</numerusform>
            <numerusform>%n day sheets written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>--date YYYY-MM-DD [options]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::cli::AgendaFormatter</name>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLASH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TECHNICIAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUSTOMER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLAGS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::cli::AllPages</name>
    <message>
        <source>a page went missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server kept sending pages past %1; the list was not printed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::cli::CommandLine</name>
    <message>
        <source>Lists the work orders that match filters (table, csv or json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows one work order in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a work order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes fields of a work order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves a work order to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(see fentu-cli --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given (see fentu-cli --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see fentu-cli --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: fentu-cli COMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fentu-cli, the scriptable companion of Fentu Desk. It uses the server, the API key and the offline cache that Fentu Desk uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;fentu-cli COMMAND --help&quot; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options of every command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows this help, or a command&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key. Without it, the key Fentu Desk saved in the system keychain for the server is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: an unknown command or option, or an invalid value (checked before anything is sent); an unusable base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached: nothing listening, unknown host, time-out, connection lost, TLS failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be used: malformed or truncated, or a server error (5xx). The offline cache is left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local problem: no server or API key configured, keychain unavailable, the offline cache cannot be used, an order that is not cached (--offline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every failure prints one line on stderr, starting with &quot;fentu-cli: &quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the changes saved offline, then copies every work order into the offline cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create, update and delete go through the same outbox as Fentu Desk: when the server cannot be reached, or with --offline, the change is saved on this computer (exit status 0) and sent by the next &quot;fentu-cli sync&quot; or by Fentu Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the changes not yet on the server, with each one&apos;s state and reason; settles a conflict or a refused change (--keep-mine, --take-theirs, --send-again, --discard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused: API key refused (401), not allowed (403), not found (404), invalid values (422, with the field), bad request (400), rate limited (429); an edit that conflicts with a newer version on the server; sync: changes saved offline that need attention (see fentu-cli pending).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists each technician&apos;s orders of a day or days, clashes flagged (table, csv, json, or the day sheets as PDF).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::cli::CreateCommand</name>
    <message>
        <source>Created work order %1 (id %2), status %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a work order on the server. The values are checked before anything is sent; --format json prints the server&apos;s answer. When the server cannot be reached (or with --offline) the order waits in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--customer ID [options]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::cli::DeleteCommand</name>
    <message>
        <source>Deleted work order %1 (moved to the trash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves one work order to the server&apos;s trash and removes it from the offline cache. When the server cannot be reached (or with --offline) the deletion waits in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work order&apos;s id, such as wo-12345, or its number, such as WO-2026-898 (looked up in the offline cache).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID [options]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::cli::Failure</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the request as invalid (HTTP 400)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API key was refused (HTTP 401); check FENTU_API_KEY or the key saved in Fentu Desk&apos;s Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API key may not do this (HTTP 403); it may be a read-only key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work order not found (HTTP 404)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server has nothing at this address (HTTP 404); check the base URL, including its path (such as /api/v1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the changes (HTTP 422): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server is rate limiting requests (HTTP 429); try again in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server is rate limiting requests (HTTP 429); try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered with an error (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server is configured: pass --base-url URL or set the server in Fentu Desk&apos;s Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the base URL must start with https:// (or http:// for a server on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the base URL must not contain a user name or password; pass the API key in FENTU_API_KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain http:// is only allowed for a server on this computer; use https:// so the API key is never sent unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server redirected to a different or less secure address; the redirect was not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the base URL is not a valid web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach the server at %1: nothing is listening there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot find the server %1: the name does not resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server at %1 did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the server at %1 failed before the answer was complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s TLS certificate could not be verified; the connection was not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent an answer fentu-cli cannot read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no API key is configured for this server: set FENTU_API_KEY or save the key in Fentu Desk&apos;s Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the base URL is not valid, so no API key can be looked up for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain is unavailable (error %1) and FENTU_API_KEY is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API key could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the server had a problem (HTTP %1) after %n attempt(s)</source>
        <translation>
            <numerusform>the server had a problem (HTTP %1) after %n attempt</numerusform>
            <numerusform>the server had a problem (HTTP %1) after %n attempts</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot reach the server: nothing is listening at the configured address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot find the server: the configured address does not resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the server failed before the answer was complete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::cli::GetCommand</name>
    <message>
        <source>the order could not be saved in the offline cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work order %1 is not in the offline cache (run fentu-cli sync, or get it without --offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the offline cache, fetched %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the offline cache (list fields only), fetched %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows one work order in full, from the server (and written through to the offline cache) or, with --offline, from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the offline cache; the server is not contacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the offline cache, and the server cannot look up a number: run fentu-cli sync first, or give the id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work order&apos;s id, such as wo-12345, or its number, such as WO-2026-898 (looked up in the offline cache, and when it is not there in the server&apos;s lists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not among the orders on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not cached yet: reading the server&apos;s lists to find it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::cli::ListColumns</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRIORITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUSTOMER ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUSTOMER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TECHNICIAN ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TECHNICIAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCHEDULED (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPDATED (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::cli::ListCommand</name>
    <message>
        <source>the orders could not be saved in the offline cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists every work order that matches the filters, from the server (all pages, and written through to the offline cache) or, with --offline, from the cache. The rows come in the server&apos;s order: scheduled date, then id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only orders with this status: draft, open, assigned, in_progress, on_hold, completed or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this customer&apos;s orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only orders assigned to this technician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the offline cache; the server is not contacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: expected a date as YYYY-MM-DD, such as 2024-01-27</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from is after --to: no order can match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only orders whose number, customer, address, contact, phone, technician, type, description or notes hold every word of TEXT (the start of a word is enough; case and accents do not count). Searches the offline cache, as the window does: run sync first for the newest orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--search needs a word to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only orders scheduled on or after this day (your local day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only orders scheduled on or before this day (your local day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --format xlsx: the workbook to write (the window&apos;s File &gt; Export… columns: dates as dates, durations in minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be table, csv, json or xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format xlsx needs --output FILE: a workbook is not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output is for --format xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) written to %1</source>
        <translation>
            <numerusform>%n work order written to %1</numerusform>
            <numerusform>%n work orders written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>[options]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::cli::OrderDetailFormatter</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::cli::OrderFieldOptions</name>
    <message>
        <source>An empty value clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s id (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact person&apos;s id, one of the customer&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work order type, free text (such as service).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low, medium, high or urgent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: medium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRIORITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is to be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATETIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The estimated duration in whole minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assigned technician&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for the technician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the order as a draft instead of submitting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft, open, assigned, in_progress, on_hold, completed or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the order to another customer&apos;s id (it cannot be cleared).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When, in ISO 8601, such as 2024-02-01T10:00:00Z. A time with an offset is converted to UTC; one without is taken as UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the status to draft (the same as --status draft).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--draft and --status %1 contradict each other.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::cli::OutputFormat</name>
    <message>
        <source>Saves the change in the outbox without contacting the server; fentu-cli sync (or Fentu Desk) sends it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: %1 (default %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::cli::PendingCommand</name>
    <message>
        <source>there is no outbox entry %1 (fentu-cli pending lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicts were not compared with the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox entry %1 is being sent right now; try again when it is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: outbox entry %2 is no conflict (it is %3); --keep-mine and --take-theirs settle conflicts, --discard gives any change up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: outbox entry %2 has not been looked for on the server yet; run fentu-cli sync first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: outbox entry %2 is a conflict; settle it with --keep-mine or --take-theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: outbox entry %2 is %3: fentu-cli sync sends it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on the server since its offline edit (outbox entry %2): see fentu-cli pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox entry %1 (%2) needs attention: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox entry %1 could not be discarded; it stays in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded outbox entry %1 (%2 of %3); it will not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept the server&apos;s version of %1; your change (outbox entry %2) was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent your change to %1 (outbox entry %2) over the server&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent outbox entry %1 (%2 of %3) again; the server has it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on the server again meanwhile; nothing was sent (outbox entry %2 waits: see fentu-cli pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox entry %1 was not sent: %2; it stays in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox entry %1 was not sent and waits again (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox entry %1 stays in the outbox (%2); fentu-cli sync sends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the outbox: the changes saved on this computer (by fentu-cli or Fentu Desk) that the server does not have yet, each with its number (SEQ), its state and the reason it waits. For a conflict the server&apos;s version is read and compared field by field (not with --offline). One of --keep-mine, --take-theirs, --send-again or --discard settles one entry instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A conflict: sends your change now, over the server&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A conflict: drops your change; the server&apos;s version stays and the offline cache gets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new work order whose answer was lost and that is not on the server, or a change the server refused: sends it once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives the change up: it leaves the outbox and is never sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the outbox without reading the server&apos;s version of conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an outbox entry&apos;s number (SEQ, as fentu-cli pending lists it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending: %1 needs the server; leave out --offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending: give one of --keep-mine, --take-theirs, --send-again and --discard, not several (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[options]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::cli::PendingReport</name>
    <message>
        <source>Could not compare with the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on the server since your edit; run &quot;fentu-cli pending&quot; without --offline to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on the server since your edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer differs where this change matters: the next &quot;fentu-cli sync&quot; sends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on the server since your edit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possibly sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox is empty: the server has every change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) saved on this computer, not yet on the server:</source>
        <translation>
            <numerusform>%n change saved on this computer, not yet on the server:</numerusform>
            <numerusform>%n changes saved on this computer, not yet on the server:</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1  %2  %3  %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the work order to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle an entry with fentu-cli pending --keep-mine SEQ or --take-theirs SEQ (a conflict), --send-again SEQ (possibly sent or refused), or --discard SEQ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::cli::Session</name>
    <message>
        <source>no server is configured: pass --base-url URL or set the server in Fentu Desk&apos;s Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working without the offline cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::cli::SubcommandParser</name>
    <message>
        <source>Shows this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API&apos;s base URL, path included (e.g. https://api.fentu.io/v1). Default: the server set in Fentu Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of the offline cache files. Default: the one Fentu Desk uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints diagnostic logs on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing %2 (see fentu-cli %1 --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::cli::SyncCommand</name>
    <message>
        <source>the sync was interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync failed: %1; the previously cached orders are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the changes saved offline could not be sent: %1; they stay in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on the server since your offline edit: nothing was sent; compare with &quot;fentu-cli pending&quot;, then choose with &quot;fentu-cli pending --keep-mine %2&quot; or &quot;--take-theirs %2&quot; (or in Fentu Desk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; send it again with &quot;fentu-cli pending --send-again %3&quot; or give it up with &quot;--discard %3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused by the server: %2; fix it in Fentu Desk, or give it up with &quot;fentu-cli pending --discard %3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>waiting for the server (rate limited), resuming in %n s</source>
        <translation>
            <numerusform>waiting for the server (rate limited), resuming in %n s</numerusform>
            <numerusform>waiting for the server (rate limited), resuming in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) saved offline sent to the server.</source>
        <translation>
            <numerusform>%n change saved offline sent to the server.</numerusform>
            <numerusform>%n changes saved offline sent to the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) saved offline need attention (see above, or fentu-cli pending)</source>
        <translation>
            <numerusform>%n change saved offline needs attention (see above, or fentu-cli pending)</numerusform>
            <numerusform>%n changes saved offline need attention (see above, or fentu-cli pending)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copies every work order of the server, and its customers and technicians, into the offline cache; orders deleted on the server leave the cache. Progress is shown on a terminal; a summary is printed at the end. An interrupted or failed sync keeps the previously cached orders. Then it fetches the details (description, notes, contact and phone, tasks) of the orders that are new or changed since they were last fetched, within the window set in Fentu Desk&apos;s Settings, so that they are complete offline; an interrupted detail phase goes on where it stopped next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the lists: skip fetching the details of new and changed orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the orders were synced, but fetching their details stopped after %1 of %2: %3; the next sync fetches the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long, in all, to wait for a server that asks to slow down (rate limiting) before giving up: %1 to %2 minutes (default: Fentu Desk&apos;s Settings ▸ Offline, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-wait must be a whole number of minutes from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the server kept asking to slow down (rate limiting), longer than the %n minute(s) a sync waits for it (--max-wait, or Fentu Desk&apos;s Settings ▸ Offline)</source>
        <translation>
            <numerusform>the server kept asking to slow down (rate limiting), longer than the %n minute a sync waits for it (--max-wait, or Fentu Desk&apos;s Settings ▸ Offline)</numerusform>
            <numerusform>the server kept asking to slow down (rate limiting), longer than the %n minutes a sync waits for it (--max-wait, or Fentu Desk&apos;s Settings ▸ Offline)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fentu::cli::SyncSummary</name>
    <message>
        <source>The server&apos;s list changed during the sync, so no order was removed; sync again to remove deleted orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %1 order(s)</source>
        <translation>
            <numerusform>Syncing… %1 order</numerusform>
            <numerusform>Syncing… %1 orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %1 / %2 order(s)</source>
        <translation>
            <numerusform>Syncing… %1 / %2 order</numerusform>
            <numerusform>Syncing… %1 / %2 orders</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync complete in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 order(s) written.</source>
        <translation>
            <numerusform>%1 order written.</numerusform>
            <numerusform>%1 orders written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 order(s) removed.</source>
        <translation>
            <numerusform>%1 order removed.</numerusform>
            <numerusform>%1 orders removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s) refreshed.</source>
        <translation>
            <numerusform>%1 customer refreshed.</numerusform>
            <numerusform>%1 customers refreshed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 technician(s) refreshed.</source>
        <translation>
            <numerusform>%1 technician refreshed.</numerusform>
            <numerusform>%1 technicians refreshed.</numerusform>
        </translation>
    </message>
    <message>
        <source>This server has no customer or technician list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 order detail(s) fetched.</source>
        <translation>
            <numerusform>%1 order detail fetched.</numerusform>
            <numerusform>%1 order details fetched.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching details… %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::cli::UpdateCommand</name>
    <message>
        <source>Updated work order %1 (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update: nothing to change; give at least one field option (see fentu-cli update --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the given fields of a work order on the server; the others stay as they are. An empty value (--technician &quot;&quot;) clears an optional field. --format json prints the server&apos;s answer. When the server cannot be reached (or with --offline) the change waits in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work order&apos;s id, such as wo-12345, or its number, such as WO-2026-898 (looked up in the offline cache).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID [options]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::cli::WriteReport</name>
    <message>
        <source>Saved offline as %1; it will be sent when the server is back (fentu-cli sync, or Fentu Desk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on the server since the version this edit started from; nothing was sent: check it (fentu-cli get %2) and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
