<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name>Text</name>
    <message>
        <source>The file could not be opened: %1.</source>
        <translation>Die Datei konnte nicht geöffnet werden: %1.</translation>
    </message>
    <message>
        <source>The file could not be read: %1.</source>
        <translation>Die Datei konnte nicht gelesen werden: %1.</translation>
    </message>
</context>
<context>
    <name>fentu::ApiError</name>
    <message>
        <source>the configured address</source>
        <translation type="vanished">der eingestellten Adresse</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: nothing is listening there. Check the server address in Settings, or try again when the server is running.</source>
        <translation>Der Server unter %1 ist nicht erreichbar: Dort antwortet kein Dienst. Prüfen Sie die Serveradresse in den Einstellungen oder versuchen Sie es erneut, sobald der Server läuft.</translation>
    </message>
    <message>
        <source>Cannot find the server %1: the name does not resolve. Check the server address in Settings and your network connection.</source>
        <translation>Der Server unter %1 wurde nicht gefunden: Der Name lässt sich nicht auflösen. Prüfen Sie die Serveradresse in den Einstellungen und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The server&apos;s identity could not be verified (TLS certificate problem). The connection was not made.</source>
        <translation>Die Identität des Servers konnte nicht bestätigt werden (Problem mit dem TLS-Zertifikat). Es wurde keine Verbindung hergestellt.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. Check your network connection and try again.</source>
        <translation>Der Server unter %1 hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server sent an answer Fentu Desk cannot read.</source>
        <translation>Der Server hat eine Antwort gesendet, die Fentu Desk nicht lesen kann.</translation>
    </message>
    <message>
        <source>The connection to the server at %1 failed before the answer was complete. Try again.</source>
        <translation>Die Verbindung zum Server unter %1 ist abgebrochen, bevor die Antwort vollständig war. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server refused the request as invalid (HTTP 400).</source>
        <translation>Der Server hat die Anfrage als ungültig abgelehnt (HTTP 400).</translation>
    </message>
    <message>
        <source>The server refused the request as invalid: %1</source>
        <translation>Der Server hat die Anfrage als ungültig abgelehnt: %1</translation>
    </message>
    <message>
        <source>The API key was refused. Update it in Settings.</source>
        <translation>Der API-Schlüssel wurde abgelehnt. Aktualisieren Sie ihn in den Einstellungen.</translation>
    </message>
    <message>
        <source>This API key may only read; it cannot change work orders.</source>
        <translation>Dieser API-Schlüssel hat nur Leserechte; mit ihm können keine Arbeitsaufträge geändert werden.</translation>
    </message>
    <message>
        <source>That work order no longer exists (it may have been deleted).</source>
        <translation>Dieser Arbeitsauftrag existiert nicht mehr (möglicherweise wurde er gelöscht).</translation>
    </message>
    <message>
        <source>That customer no longer exists.</source>
        <translation>Dieser Kunde existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The server has nothing at this address (HTTP 404). Check the server address in Settings, including its path (such as /api/v1).</source>
        <translation>Unter dieser Adresse gibt es auf dem Server nichts (HTTP 404). Prüfen Sie die Serveradresse in den Einstellungen, einschließlich des Pfads (z. B. /api/v1).</translation>
    </message>
    <message>
        <source>The server refused the changes:</source>
        <translation>Der Server hat die Änderungen abgelehnt:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The server is busy (rate limited). Try again in %n second(s).</source>
        <translation>
            <numerusform>Der Server ist ausgelastet (Anfragelimit erreicht). Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Der Server ist ausgelastet (Anfragelimit erreicht). Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is busy (rate limited). Try again in a moment.</source>
        <translation>Der Server ist ausgelastet (Anfragelimit erreicht). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again in a moment.</source>
        <translation>Auf dem Server ist ein Problem aufgetreten (HTTP %1). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message numerus="yes">
        <source>Fentu Desk tried %n time(s).</source>
        <translation>
            <numerusform>Fentu Desk hat es %n-mal versucht.</numerusform>
            <numerusform>Fentu Desk hat es %n-mal versucht.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server answered with an unexpected error (HTTP %1).</source>
        <translation>Der Server hat mit einem unerwarteten Fehler geantwortet (HTTP %1).</translation>
    </message>
    <message>
        <source>The server answered with an unexpected error (HTTP %1): %2</source>
        <translation>Der Server hat mit einem unerwarteten Fehler geantwortet (HTTP %1): %2</translation>
    </message>
    <message>
        <source>No server address is set. Enter it in Settings.</source>
        <translation>Es ist keine Serveradresse eingestellt. Geben Sie sie in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http:// for a server on this computer).</source>
        <translation>Die Serveradresse muss mit https:// beginnen (oder mit http:// für einen Server auf diesem Computer).</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password; the API key is entered separately.</source>
        <translation>Die Serveradresse darf keinen Benutzernamen und kein Passwort enthalten; der API-Schlüssel wird separat eingegeben.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for a server on this computer. Use https:// so the API key is never sent unencrypted.</source>
        <translation>Unverschlüsseltes http:// ist nur für einen Server auf diesem Computer zulässig. Verwenden Sie https://, damit der API-Schlüssel nie unverschlüsselt gesendet wird.</translation>
    </message>
    <message>
        <source>The server redirected Fentu Desk to a different or less secure address. The redirect was not followed; check the server address in Settings.</source>
        <translation>Der Server hat Fentu Desk an eine andere oder weniger sichere Adresse umgeleitet. Der Umleitung wurde nicht gefolgt; prüfen Sie die Serveradresse in den Einstellungen.</translation>
    </message>
    <message>
        <source>The server address is not a valid web address. Check it in Settings.</source>
        <translation>Die Serveradresse ist keine gültige Webadresse. Prüfen Sie sie in den Einstellungen.</translation>
    </message>
    <message>
        <source>The offline copy of the work orders on this computer could not be read: %1</source>
        <translation>Die Offline-Kopie der Arbeitsaufträge auf diesem Computer konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot reach the server: nothing is listening at the configured address. Check the server address in Settings, or try again when the server is running.</source>
        <translation>Der Server ist nicht erreichbar: Unter der eingestellten Adresse antwortet nichts. Prüfen Sie die Serveradresse in den Einstellungen, oder versuchen Sie es erneut, wenn der Server läuft.</translation>
    </message>
    <message>
        <source>Cannot find the server: the configured address does not resolve. Check the server address in Settings and your network connection.</source>
        <translation>Der Server wurde nicht gefunden: Die eingestellte Adresse lässt sich nicht auflösen. Prüfen Sie die Serveradresse in den Einstellungen und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your network connection and try again.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The connection to the server failed before the answer was complete. Try again.</source>
        <translation>Die Verbindung zum Server ist abgebrochen, bevor die Antwort vollständig war. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>fentu::BoardBarItem</name>
    <message>
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <source>Clash</source>
        <translation>Überschneidung</translation>
    </message>
    <message>
        <source>No duration given</source>
        <translation>Keine Dauer angegeben</translation>
    </message>
    <message>
        <source>Not yet sent</source>
        <translation>Noch nicht gesendet</translation>
    </message>
    <message>
        <source>Just changed by someone else</source>
        <translation>Gerade von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation>Nicht verschoben: %1</translation>
    </message>
    <message>
        <source>%1 – %2 (no duration given: %3 min assumed)</source>
        <translation>%1 – %2 (keine Dauer angegeben: %3 Min. angenommen)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Priorität: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <source>Late: should have ended by now</source>
        <translation>Verspätet: sollte schon beendet sein</translation>
    </message>
    <message>
        <source>Late: should have started by now</source>
        <translation>Verspätet: sollte schon begonnen haben</translation>
    </message>
    <message>
        <source>Clash: overlaps another order of the same technician</source>
        <translation>Überschneidung: überlappt einen anderen Auftrag desselben Technikers</translation>
    </message>
    <message>
        <source>A change made here is not on the server yet</source>
        <translation>Eine hier gemachte Änderung ist noch nicht auf dem Server</translation>
    </message>
</context>
<context>
    <name>fentu::BoardController</name>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Plantafel</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>Technicians across, time along: who does what, and when</source>
        <translation>Techniker untereinander, die Zeit nebeneinander: wer macht was, und wann</translation>
    </message>
    <message>
        <source>The work order table</source>
        <translation>Die Tabelle der Arbeitsaufträge</translation>
    </message>
    <message>
        <source>From the offline cache</source>
        <translation>Aus dem Offline-Speicher</translation>
    </message>
    <message>
        <source>&amp;Undo Move</source>
        <translation>Verschieben rückgängig &amp;machen</translation>
    </message>
    <message>
        <source>Put the orders of the board&apos;s last move back where they were</source>
        <translation>Die Aufträge der letzten Verschiebung auf der Plantafel zurücksetzen</translation>
    </message>
</context>
<context>
    <name>fentu::BoardImagePrinter</name>
    <message>
        <source>Board: %1</source>
        <translation>Plantafel: %1</translation>
    </message>
    <message>
        <source>Board: %1 – %2</source>
        <translation>Plantafel: %1 – %2</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Plantafel</translation>
    </message>
    <message>
        <source>%1 could not be written</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>fentu::BoardModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation>Nicht verschoben: %1</translation>
    </message>
    <message>
        <source>Not moved: %1. The other orders of the move were put back.</source>
        <translation>Nicht verschoben: %1. Die übrigen Aufträge der Verschiebung wurden zurückgesetzt.</translation>
    </message>
    <message>
        <source>Not moved: %1. Some orders of the move could not be put back: %2</source>
        <translation>Nicht verschoben: %1. Einige Aufträge der Verschiebung konnten nicht zurückgesetzt werden: %2</translation>
    </message>
    <message>
        <source>%1 was changed by someone else meanwhile and now shows their version</source>
        <translation>%1 wurde inzwischen von jemand anderem geändert und zeigt jetzt dessen Fassung</translation>
    </message>
    <message>
        <source>Not put back, changed since the move: %1</source>
        <translation>Nicht zurückgesetzt, seit der Verschiebung geändert: %1</translation>
    </message>
    <message>
        <source>changed by someone else meanwhile; it now shows their version</source>
        <translation>inzwischen von jemand anderem geändert; zeigt jetzt dessen Fassung</translation>
    </message>
</context>
<context>
    <name>fentu::BoardPanel</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>Zu heute (T)</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Nächte</translation>
    </message>
    <message>
        <source>Weekends</source>
        <translation>Wochenenden</translation>
    </message>
    <message>
        <source>Clashes only</source>
        <translation>Nur Überschneidungen</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Two weeks</source>
        <translation>Zwei Wochen</translation>
    </message>
    <message>
        <source>How many days the board shows (+ and − on the board)</source>
        <translation>Wie viele Tage die Plantafel zeigt (+ und − auf der Tafel)</translation>
    </message>
    <message>
        <source>Show the whole day, not only the working hours</source>
        <translation>Den ganzen Tag zeigen, nicht nur die Arbeitszeit</translation>
    </message>
    <message>
        <source>Show Saturdays and Sundays</source>
        <translation>Samstage und Sonntage zeigen</translation>
    </message>
    <message>
        <source>Show only the technicians with overlapping orders</source>
        <translation>Nur Techniker mit sich überschneidenden Aufträgen zeigen</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Could not load the board: %1</source>
        <translation>Die Plantafel konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Previous (%1)</source>
        <translation>Zurück (%1)</translation>
    </message>
    <message>
        <source>Next (%1)</source>
        <translation>Weiter (%1)</translation>
    </message>
    <message>
        <source>Choose whose rows the board shows</source>
        <translation>Auswählen, wessen Zeilen die Plantafel zeigt</translation>
    </message>
    <message>
        <source>Technicians: all</source>
        <translation>Techniker: alle</translation>
    </message>
    <message>
        <source>Technicians: %1 of %2</source>
        <translation>Techniker: %1 von %2</translation>
    </message>
</context>
<context>
    <name>fentu::BoardPrinting</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the board&apos;s days: day sheets per technician, or the board</source>
        <translation type="vanished">Die Tage der Plantafel drucken: Tagesblätter je Techniker oder die Plantafel</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>Als PDF &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the board&apos;s days as PDF: day sheets per technician, or the board</source>
        <translation>Die Tage der Plantafel als PDF speichern: Tagesblätter je Techniker oder die Plantafel</translation>
    </message>
    <message>
        <source>Show the board (View ▸ Board) to print its days</source>
        <translation type="vanished">Die Plantafel zeigen (Ansicht ▸ Plantafel), um ihre Tage zu drucken</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>The board was saved as %1</source>
        <translation>Die Plantafel wurde als %1 gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%n day sheet(s) saved as %1</source>
        <translation>
            <numerusform>%n Tagesblatt als %1 gespeichert</numerusform>
            <numerusform>%n Tagesblätter als %1 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Details not available</source>
        <translation>Details nicht verfügbar</translation>
    </message>
    <message>
        <source>Preparing the day sheets…</source>
        <translation>Die Tagesblätter werden vorbereitet…</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Plantafel</translation>
    </message>
    <message>
        <source>Day sheets</source>
        <translation>Tagesblätter</translation>
    </message>
    <message>
        <source>Print what is shown: the list, or the board&apos;s days as day sheets per technician or as the board</source>
        <translation>Drucken, was angezeigt wird: die Liste oder die Tage der Plantafel als Tagesblätter je Techniker oder als Plantafel</translation>
    </message>
    <message>
        <source>Show the board (View ▸ Board) to save its days as PDF</source>
        <translation>Zeigen Sie die Plantafel an (Ansicht ▸ Plantafel), um ihre Tage als PDF zu speichern</translation>
    </message>
</context>
<context>
    <name>fentu::BoardSettingsGroup</name>
    <message>
        <source>Schedule board</source>
        <translation>Plantafel</translation>
    </message>
    <message>
        <source>Working hours from</source>
        <translation>Arbeitszeit von</translation>
    </message>
    <message>
        <source>Working hours until</source>
        <translation>Arbeitszeit bis</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>A drag snaps to</source>
        <translation>Verschieben rastet ein bei</translation>
    </message>
    <message>
        <source>Dragging an order lands on multiples of this many minutes</source>
        <translation>Ein verschobener Auftrag landet auf Vielfachen dieser Minutenzahl</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Read the board again every</source>
        <translation>Die Plantafel neu lesen alle</translation>
    </message>
    <message>
        <source>While online, the board reads its days again this often, so that other dispatchers&apos; changes show; never while offline</source>
        <translation>Online liest die Plantafel ihre Tage so oft neu, damit Änderungen anderer Disponenten erscheinen; offline nie</translation>
    </message>
    <message>
        <source>Orders without a duration last</source>
        <translation>Aufträge ohne Dauer dauern</translation>
    </message>
    <message>
        <source>How long an order without an estimated duration is drawn (faded, so it does not look like a promise)</source>
        <translation>Wie lang ein Auftrag ohne geschätzte Dauer gezeichnet wird (verblasst, damit er nicht wie eine Zusage aussieht)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Working hours:</source>
        <translation>&amp;Arbeitszeit:</translation>
    </message>
    <message>
        <source>Drag &amp;snaps to:</source>
        <translation>Ein&amp;rasten bei:</translation>
    </message>
    <message>
        <source>Read a&amp;gain every:</source>
        <translation>Neu &amp;lesen alle:</translation>
    </message>
    <message>
        <source>Orders without a d&amp;uration:</source>
        <translation>Aufträge ohne &amp;Dauer:</translation>
    </message>
</context>
<context>
    <name>fentu::BoardTechniciansDialog</name>
    <message>
        <source>Technicians on the Board</source>
        <translation>Techniker auf der Plantafel</translation>
    </message>
    <message>
        <source>Show the rows of these technicians:</source>
        <translation>Die Zeilen dieser Techniker zeigen:</translation>
    </message>
    <message>
        <source>Type to narrow the list</source>
        <translation>Tippen, um die Liste einzugrenzen</translation>
    </message>
    <message>
        <source>Narrow the list of technicians</source>
        <translation>Liste der Techniker eingrenzen</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Tick at least one technician.</source>
        <translation>Wählen Sie mindestens einen Techniker.</translation>
    </message>
</context>
<context>
    <name>fentu::BoardTimeAxis</name>
    <message>
        <source>%1 (today)</source>
        <translation>%1 (heute)</translation>
    </message>
</context>
<context>
    <name>fentu::BoardView</name>
    <message>
        <source>Schedule board</source>
        <translation>Plantafel</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Move to %1, %2 (Esc cancels)</source>
        <translation>Nach %1, %2 (Esc bricht ab)</translation>
    </message>
    <message>
        <source>Move to %1 (Esc cancels)</source>
        <translation>Auf %1 (Esc bricht ab)</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) to assign</source>
        <translation>
            <numerusform>%n Auftrag zuzuweisen</numerusform>
            <numerusform>%n Aufträge zuzuweisen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n clash(es)</source>
        <translation>
            <numerusform>⚠ %n Überschneidung</numerusform>
            <numerusform>⚠ %n Überschneidungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n Auftrag</numerusform>
            <numerusform>%n Aufträge</numerusform>
        </translation>
    </message>
    <message>
        <source>inactive · %1</source>
        <translation>inaktiv · %1</translation>
    </message>
    <message>
        <source>%1 % booked: over</source>
        <translation>%1 % verplant: zu viel</translation>
    </message>
    <message>
        <source>%1 % booked</source>
        <translation>%1 % verplant</translation>
    </message>
    <message>
        <source>Schedule for %1, %2 (Esc cancels)</source>
        <translation>Einplanen für %1, %2 (Esc bricht ab)</translation>
    </message>
</context>
<context>
    <name>fentu::BoardWaitingList</name>
    <message>
        <source>Orders not scheduled</source>
        <translation>Nicht eingeplante Aufträge</translation>
    </message>
    <message>
        <source>Orders with no date and no technician. Drag one onto a technician&apos;s row at the time it should start, or press Return to give it both in the edit dialog.</source>
        <translation>Aufträge ohne Termin und ohne Techniker. Ziehen Sie einen auf die Zeile eines Technikers zur gewünschten Startzeit, oder drücken Sie die Eingabetaste, um beides im Bearbeitungsdialog festzulegen.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Not scheduled: %1 of %2</source>
        <translation>&amp;Nicht eingeplant: %1 von %2</translation>
    </message>
    <message>
        <source>&amp;Not scheduled (%1)</source>
        <translation>&amp;Nicht eingeplant (%1)</translation>
    </message>
</context>
<context>
    <name>fentu::BulkConflicts</name>
    <message numerus="yes">
        <source>%n conflict(s) decided</source>
        <translation>
            <numerusform>%n Konflikt geklärt</numerusform>
            <numerusform>%n Konflikte geklärt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>%1 wurde nicht geändert: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) left undecided; those orders keep the server&apos;s version</source>
        <translation>
            <numerusform>%n Konflikt ungeklärt; dieser Auftrag behält die Version des Servers</numerusform>
            <numerusform>%n Konflikte ungeklärt; diese Aufträge behalten die Version des Servers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fentu::BulkWriter</name>
    <message>
        <source>Someone else changed this order on the server meanwhile; open it to decide.</source>
        <translation>Jemand anderes hat diesen Auftrag inzwischen auf dem Server geändert; öffnen Sie ihn, um zu entscheiden.</translation>
    </message>
</context>
<context>
    <name>fentu::CacheError</name>
    <message>
        <source>The offline cache is not available.</source>
        <translation>Der Offline-Cache ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The disk is full, so the offline cache could not be updated. Nothing was lost; free some space and try again.</source>
        <translation>Der Datenträger ist voll, daher konnte der Offline-Cache nicht aktualisiert werden. Es ging nichts verloren; geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The offline cache cannot be written: the file or its folder is read-only.</source>
        <translation>Der Offline-Cache kann nicht geschrieben werden: Die Datei oder ihr Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The offline cache is in use by another program. Close it and try again.</source>
        <translation>Der Offline-Cache wird von einem anderen Programm verwendet. Schließen Sie dieses Programm und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The offline cache file is damaged.</source>
        <translation>Die Datei des Offline-Caches ist beschädigt.</translation>
    </message>
    <message>
        <source>The disk reported an error while using the offline cache.</source>
        <translation>Der Datenträger hat beim Zugriff auf den Offline-Cache einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>The offline cache was written by a newer version of Fentu Desk.</source>
        <translation>Der Offline-Cache wurde von einer neueren Version von Fentu Desk geschrieben.</translation>
    </message>
    <message>
        <source>The offline cache was asked for something it cannot answer.</source>
        <translation>Der Offline-Cache hat eine Anfrage erhalten, die er nicht beantworten kann.</translation>
    </message>
    <message>
        <source>The offline cache reported an unexpected error.</source>
        <translation>Der Offline-Cache hat einen unerwarteten Fehler gemeldet.</translation>
    </message>
</context>
<context>
    <name>fentu::CacheFile</name>
    <message>
        <source>The offline cache file belonged to another server. It was kept as “%1” and a new, empty cache was started.</source>
        <translation>Die Datei des Offline-Caches gehörte zu einem anderen Server. Sie wurde als „%1“ aufbewahrt und ein neuer, leerer Cache wurde angelegt.</translation>
    </message>
    <message>
        <source>The offline cache file was damaged and could not be read. It was kept as “%1” and a new, empty cache was started.</source>
        <translation>Die Datei des Offline-Caches war beschädigt und konnte nicht gelesen werden. Sie wurde als „%1“ aufbewahrt und ein neuer, leerer Cache wurde angelegt.</translation>
    </message>
    <message>
        <source>Unsent changes saved from it: %1.</source>
        <translation>Daraus gerettete, noch nicht gesendete Änderungen: %1.</translation>
    </message>
    <message>
        <source>Work online or run a sync to fill it again.</source>
        <translation>Arbeiten Sie online oder synchronisieren Sie, um ihn wieder zu füllen.</translation>
    </message>
    <message>
        <source>Fentu Desk works online only until this is fixed.</source>
        <translation>Bis das behoben ist, arbeitet Fentu Desk nur online.</translation>
    </message>
</context>
<context>
    <name>fentu::ConflictDialog</name>
    <message>
        <source>Changed on the Server</source>
        <translation>Auf dem Server geändert</translation>
    </message>
    <message>
        <source>Someone changed work order %1 on the server after you started your edit. Compare the two versions and choose which one to keep.</source>
        <translation>Jemand hat den Arbeitsauftrag %1 auf dem Server geändert, nachdem Sie mit Ihrer Bearbeitung begonnen haben. Vergleichen Sie die beiden Versionen und wählen Sie, welche erhalten bleiben soll.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre Version</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Auf dem Server</translation>
    </message>
    <message>
        <source>Fields marked ● were changed on the server since your edit started.</source>
        <translation>Mit ● markierte Felder wurden seit Beginn Ihrer Bearbeitung auf dem Server geändert.</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation>&amp;Serverversion übernehmen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Send your version; it replaces the server&apos;s values</source>
        <translation>Ihre Version senden; sie ersetzt die Werte auf dem Server</translation>
    </message>
    <message>
        <source>Drop your edit and keep what the server has</source>
        <translation>Ihre Bearbeitung verwerfen und den Stand des Servers behalten</translation>
    </message>
    <message>
        <source>Choose or type the value of each field in question</source>
        <translation>Für jedes betroffene Feld den Wert auswählen oder eingeben</translation>
    </message>
    <message>
        <source>Changed on the server since your edit started</source>
        <translation>Seit Beginn Ihrer Bearbeitung auf dem Server geändert</translation>
    </message>
    <message>
        <source>Your value differs from the server&apos;s</source>
        <translation>Ihr Wert weicht vom Wert auf dem Server ab</translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <translation>%1 (Ihr Wert)</translation>
    </message>
    <message>
        <source>%1 (on the server)</source>
        <translation>%1 (auf dem Server)</translation>
    </message>
    <message>
        <source>&amp;Send Edited Version</source>
        <translation>Bearbeitete Version &amp;senden</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Set each field in question, then send:</source>
        <translation>Legen Sie jedes betroffene Feld fest und senden Sie dann:</translation>
    </message>
</context>
<context>
    <name>fentu::ConnectionProbe</name>
    <message numerus="yes">
        <source>Connected. The server has %Ln work order(s).</source>
        <translation>
            <numerusform>Verbunden. Der Server hat %Ln Arbeitsauftrag.</numerusform>
            <numerusform>Verbunden. Der Server hat %Ln Arbeitsaufträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server at %1 refused this API key. Check the key and try again.</source>
        <translation>Der Server unter %1 hat diesen API-Schlüssel abgelehnt. Prüfen Sie den Schlüssel und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Something answered at %1, but not as a Fentu server does (HTTP %2). Check the address, including its path (such as /api/v1).</source>
        <translation>Unter %1 hat etwas geantwortet, aber nicht wie ein Fentu-Server (HTTP %2). Prüfen Sie die Adresse, einschließlich des Pfads (z. B. /api/v1).</translation>
    </message>
    <message>
        <source>Something answered at %1, but not as a Fentu server does. Check the address, including its path (such as /api/v1).</source>
        <translation>Unter %1 hat etwas geantwortet, aber nicht wie ein Fentu-Server. Prüfen Sie die Adresse, einschließlich des Pfads (z. B. /api/v1).</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1. Check the address and your network, and that the server is running.</source>
        <translation>Der Server unter %1 ist nicht erreichbar. Prüfen Sie die Adresse, Ihr Netzwerk und ob der Server läuft.</translation>
    </message>
</context>
<context>
    <name>fentu::CredentialResult</name>
    <message>
        <source>No API key is saved for this server yet. Enter it in Settings.</source>
        <translation>Für diesen Server ist noch kein API-Schlüssel gespeichert. Geben Sie ihn in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>The server address is not valid, so no API key can be looked up for it.</source>
        <translation>Die Serveradresse ist ungültig, daher kann kein API-Schlüssel für sie gesucht werden.</translation>
    </message>
    <message>
        <source>No system keychain (such as GNOME Keyring or KWallet) is running, so the API key cannot be kept safely on this computer.</source>
        <translation>Es läuft kein Schlüsselbund des Systems (wie GNOME Keyring oder KWallet), daher kann der API-Schlüssel auf diesem Computer nicht sicher aufbewahrt werden.</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused, so the API key cannot be read or saved there.</source>
        <translation>Der Zugriff auf den Schlüsselbund des Systems wurde verweigert, daher kann der API-Schlüssel dort weder gelesen noch gespeichert werden.</translation>
    </message>
    <message>
        <source>The system keychain refused access to the API key. It may be locked.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff auf den API-Schlüssel verweigert. Möglicherweise ist er gesperrt.</translation>
    </message>
    <message>
        <source>The system keychain cannot be used right now. It may be locked or not running, so the API key cannot be read or saved there.</source>
        <translation>Der Schlüsselbund des Systems kann gerade nicht verwendet werden. Möglicherweise ist er gesperrt oder läuft nicht; der API-Schlüssel kann dort daher weder gelesen noch gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>fentu::DateRule</name>
    <message>
        <source>Fixed dates</source>
        <translation>Feste Tage</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>Nächste 7 Tage</translation>
    </message>
    <message>
        <source>Overdue (before today)</source>
        <translation>Überfällig (vor heute)</translation>
    </message>
    <message>
        <source>Today and later</source>
        <translation>Ab heute</translation>
    </message>
</context>
<context>
    <name>fentu::DaySheetDocument</name>
    <message>
        <source>duration not given</source>
        <translation>Dauer nicht angegeben</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>Priorität %1</translation>
    </message>
    <message>
        <source>CLASH: overlaps another order</source>
        <translation>ÜBERSCHNEIDUNG: überlappt einen anderen Auftrag</translation>
    </message>
    <message>
        <source>LATE</source>
        <translation>VERSPÄTET</translation>
    </message>
    <message>
        <source>Details not available</source>
        <translation>Details nicht verfügbar</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>Telefon %1</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation>Aufgaben:</translation>
    </message>
    <message>
        <source>Done / remarks:</source>
        <translation>Erledigt / Bemerkungen:</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Day sheet</source>
        <translation>Tagesblatt</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n Auftrag</numerusform>
            <numerusform>%n Aufträge</numerusform>
        </translation>
    </message>
    <message>
        <source>No orders</source>
        <translation>Keine Aufträge</translation>
    </message>
    <message>
        <source>Only orders matching: %1</source>
        <translation>Nur Aufträge mit: %1</translation>
    </message>
</context>
<context>
    <name>fentu::DaySheetPrinter</name>
    <message>
        <source>Printed %1 · page %2 of %3</source>
        <translation type="vanished">Gedruckt %1 · Seite %2 von %3</translation>
    </message>
    <message>
        <source>Day sheets</source>
        <translation>Tagesblätter</translation>
    </message>
    <message>
        <source>%1 could not be written</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>fentu::DocumentPages</name>
    <message>
        <source>Printed %1 · page %2 of %3</source>
        <translation>Gedruckt %1 · Seite %2 von %3</translation>
    </message>
</context>
<context>
    <name>fentu::EditCommands</name>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Could not open the work order: %1</source>
        <translation>Der Arbeitsauftrag konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The work order cannot be opened offline without a cache.</source>
        <translation>Ohne Offline-Cache kann der Arbeitsauftrag offline nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>This work order is not in the offline cache.</source>
        <translation>Dieser Arbeitsauftrag ist nicht im Offline-Cache.</translation>
    </message>
    <message>
        <source>Saved offline — will be sent when the server is back</source>
        <translation>Offline gespeichert – wird gesendet, sobald der Server wieder erreichbar ist</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
</context>
<context>
    <name>fentu::ErrorBar</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>fentu::ExportFlow</name>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save every work order of this view as a CSV file, for a spreadsheet or a report</source>
        <translation type="vanished">Alle Arbeitsaufträge dieser Ansicht als CSV-Datei speichern, für eine Tabellenkalkulation oder einen Bericht</translation>
    </message>
    <message>
        <source>Export Work Orders</source>
        <translation>Arbeitsaufträge exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting work orders…</source>
        <translation>Arbeitsaufträge werden exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Exporting work orders… %1</source>
        <translation>Arbeitsaufträge werden exportiert… %1</translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) exported to %1</source>
        <translation>
            <numerusform>%n Arbeitsauftrag nach %1 exportiert</numerusform>
            <numerusform>%n Arbeitsaufträge nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>The work orders could not be exported.</source>
        <translation>Die Arbeitsaufträge konnten nicht exportiert werden.</translation>
    </message>
    <message>
        <source>Save every work order of this view as a CSV file or an Excel workbook</source>
        <translation>Alle Arbeitsaufträge dieser Ansicht als CSV-Datei oder Excel-Arbeitsmappe speichern</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Die Datei wird geschrieben…</translation>
    </message>
</context>
<context>
    <name>fentu::FilterController</name>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>&amp;Go to Filters</source>
        <translation type="vanished">Zum Filter&amp;bereich wechseln</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>Show or hide the filter panel</source>
        <translation>Filterbereich ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the filter panel</source>
        <translation>Tastaturfokus in den Filterbereich setzen</translation>
    </message>
    <message>
        <source>Go to F&amp;ilters</source>
        <translation>Zum Filter&amp;bereich wechseln</translation>
    </message>
</context>
<context>
    <name>fentu::FilterPanel</name>
    <message>
        <source>Any customer</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>Any technician</source>
        <translation>Alle Techniker</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Type any part of a name to find a customer</source>
        <translation>Geben Sie einen beliebigen Teil des Namens ein, um einen Kunden zu finden</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>Type any part of a name to find a technician</source>
        <translation>Geben Sie einen beliebigen Teil des Namens ein, um einen Techniker zu finden</translation>
    </message>
    <message>
        <source>The server&apos;s customer list is unavailable: showing customers from the offline cache and from work orders.</source>
        <translation>Die Kundenliste des Servers ist nicht verfügbar: Angezeigt werden Kunden aus dem Offline-Cache und aus Arbeitsaufträgen.</translation>
    </message>
    <message>
        <source>The server&apos;s customer list is unavailable: showing customers seen in work orders.</source>
        <translation>Die Kundenliste des Servers ist nicht verfügbar: Angezeigt werden Kunden aus Arbeitsaufträgen.</translation>
    </message>
    <message>
        <source>The server&apos;s technician list is unavailable: showing technicians from the offline cache and from work orders.</source>
        <translation>Die Technikerliste des Servers ist nicht verfügbar: Angezeigt werden Techniker aus dem Offline-Cache und aus Arbeitsaufträgen.</translation>
    </message>
    <message>
        <source>The server&apos;s technician list is unavailable: showing technicians seen in work orders.</source>
        <translation>Die Technikerliste des Servers ist nicht verfügbar: Angezeigt werden Techniker aus Arbeitsaufträgen.</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>Only orders scheduled on or after this day</source>
        <translation>Nur Aufträge, die an oder nach diesem Tag geplant sind</translation>
    </message>
    <message>
        <source>Scheduled from</source>
        <translation>Geplant ab</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>B&amp;is</translation>
    </message>
    <message>
        <source>Only orders scheduled on or before this day</source>
        <translation>Nur Aufträge, die an oder vor diesem Tag geplant sind</translation>
    </message>
    <message>
        <source>Scheduled until</source>
        <translation>Geplant bis</translation>
    </message>
    <message>
        <source>Toda&amp;y</source>
        <translation>H&amp;eute</translation>
    </message>
    <message>
        <source>Scheduled today</source>
        <translation>Heute geplant</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>Diese Wo&amp;che</translation>
    </message>
    <message>
        <source>Scheduled this week, Monday to Sunday</source>
        <translation>Diese Woche geplant, Montag bis Sonntag</translation>
    </message>
    <message>
        <source>&amp;Next 7 days</source>
        <translation>&amp;Nächste 7 Tage</translation>
    </message>
    <message>
        <source>Scheduled today or in the six days after</source>
        <translation>Heute oder in den sechs Tagen danach geplant</translation>
    </message>
    <message>
        <source>Overd&amp;ue</source>
        <translation>Über&amp;fällig</translation>
    </message>
    <message>
        <source>Scheduled before today and not completed or cancelled</source>
        <translation>Vor heute geplant und weder erledigt noch storniert</translation>
    </message>
    <message>
        <source>Hide com&amp;pleted and cancelled</source>
        <translation>Erledigte und stornierte Aufträge a&amp;usblenden</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Show all work orders</source>
        <translation>Alle Arbeitsaufträge anzeigen</translation>
    </message>
    <message>
        <source>Clear &amp;all</source>
        <translation>Alle &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Clear every filter (%1)</source>
        <translation>Alle Filter zurücksetzen (%1)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <source>&amp;Technician</source>
        <translation>&amp;Techniker</translation>
    </message>
    <message>
        <source>Schedu&amp;led</source>
        <translation>&amp;Geplant</translation>
    </message>
</context>
<context>
    <name>fentu::FilterSummaryBar</name>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Active filter</source>
        <translation>Aktiver Filter</translation>
    </message>
    <message>
        <source>Show all work orders</source>
        <translation>Alle Arbeitsaufträge anzeigen</translation>
    </message>
</context>
<context>
    <name>fentu::FirstRunDialog</name>
    <message>
        <source>&amp;Connect to My Server…</source>
        <translation>Mit meinem Server &amp;verbinden…</translation>
    </message>
    <message>
        <source>&amp;Try the Local Sandbox</source>
        <translation>Lokale &amp;Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>Welcome to Fentu Desk</source>
        <translation>Willkommen bei Fentu Desk</translation>
    </message>
    <message>
        <source>Fentu Desk shows and edits the work orders of a Fentu FSM server. To start, tell it which server to use.</source>
        <translation>Fentu Desk zeigt und bearbeitet die Arbeitsaufträge eines Fentu-FSM-Servers. Legen Sie zu Beginn fest, welcher Server verwendet werden soll.</translation>
    </message>
    <message>
        <source>Close this window; Settings (Ctrl+,) is there when you are ready.</source>
        <translation type="vanished">Dieses Fenster schließen; die Einstellungen (Ctrl+,) stehen bereit, wenn Sie so weit sind.</translation>
    </message>
    <message>
        <source>Enter your server&apos;s address and your API key. The key is kept in the system keychain.</source>
        <translation>Geben Sie die Adresse Ihres Servers und Ihren API-Schlüssel ein. Der Schlüssel wird im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>Starts a demo server on this computer with sample work orders, so you can look around. Nothing leaves this computer.</source>
        <translation>Startet auf diesem Computer einen Demo-Server mit Beispiel-Arbeitsaufträgen, damit Sie sich umsehen können. Es verlassen keine Daten diesen Computer.</translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>Die lokale Sandbox wird gestartet…</translation>
    </message>
    <message>
        <source>Close this window; Settings (%1) is there when you are ready.</source>
        <translation>Dieses Fenster schließen; die Einstellungen (%1) stehen bereit, wenn Sie so weit sind.</translation>
    </message>
</context>
<context>
    <name>fentu::LaunchOptions</name>
    <message>
        <source>Fentu Desk: a desktop client for the Fentu FSM Work Orders API.
The API key is read from the FENTU_API_KEY environment variable.</source>
        <translation type="vanished">Fentu Desk: ein Desktop-Client für die Fentu-FSM-Arbeitsauftrags-API.
Der API-Schlüssel wird aus der Umgebungsvariablen FENTU_API_KEY gelesen.</translation>
    </message>
    <message>
        <source>The API&apos;s base URL, e.g. https://api.fentu.io/v1.</source>
        <translation>Die Basis-URL der API, z. B. https://api.fentu.io/v1.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Fentu Desk: a desktop client for the Fentu FSM Work Orders API.
The API key is kept in the system keychain (enter it in Settings); the FENTU_API_KEY environment variable overrides it for this run.</source>
        <translation>Fentu Desk: ein Desktop-Client für die Fentu-FSM-Arbeitsauftrags-API.
Der API-Schlüssel wird im Schlüsselbund des Systems aufbewahrt (Eingabe in den Einstellungen); die Umgebungsvariable FENTU_API_KEY hat für diesen Aufruf Vorrang.</translation>
    </message>
</context>
<context>
    <name>fentu::ListPrinting</name>
    <message>
        <source>Preparing the list…</source>
        <translation>Die Liste wird vorbereitet…</translation>
    </message>
    <message>
        <source>The list could not be printed: %1</source>
        <translation>Die Liste konnte nicht gedruckt werden: %1</translation>
    </message>
    <message>
        <source>the first %1 of %2 work orders (File ▸ Export… takes them all)</source>
        <translation>die ersten %1 von %2 Arbeitsaufträgen (Datei ▸ Exportieren… nimmt alle)</translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s)</source>
        <translation>
            <numerusform>%n Arbeitsauftrag</numerusform>
            <numerusform>%n Arbeitsaufträge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · data as of %3</source>
        <translation>%1 · %2 · Daten vom %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 could not be written</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>Arbeitsaufträge</translation>
    </message>
</context>
<context>
    <name>fentu::LocalDateTime</name>
    <message>
        <source>%1, %2</source>
        <comment>long date, time</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>fentu::LocalSandbox</name>
    <message>
        <source>The local sandbox started but did not report its address in time.</source>
        <translation>Die lokale Sandbox wurde gestartet, hat ihre Adresse aber nicht rechtzeitig gemeldet.</translation>
    </message>
    <message>
        <source>The local sandbox is not installed: %1 was not found.</source>
        <translation>Die lokale Sandbox ist nicht installiert: %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The folder for the sandbox&apos;s data, %1, cannot be created.</source>
        <translation>Der Ordner für die Daten der Sandbox, %1, kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The local sandbox could not be started: %1</source>
        <translation>Die lokale Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The local sandbox stopped unexpectedly.</source>
        <translation>Die lokale Sandbox wurde unerwartet beendet.</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>Meldung: %1</translation>
    </message>
</context>
<context>
    <name>fentu::MainActions</name>
    <message>
        <source>&amp;New Work Order…</source>
        <translation>&amp;Neuer Arbeitsauftrag…</translation>
    </message>
    <message>
        <source>Create a work order</source>
        <translation>Einen Arbeitsauftrag anlegen</translation>
    </message>
    <message>
        <source>&amp;Edit Work Order…</source>
        <translation>Arbeitsauftrag &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected work order</source>
        <translation>Den ausgewählten Arbeitsauftrag bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete Work Order</source>
        <translation>Arbeitsauftrag &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the selected work order</source>
        <translation>Den ausgewählten Arbeitsauftrag löschen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load the work orders again from the server</source>
        <translation>Die Arbeitsaufträge erneut vom Server laden</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Search the loaded work orders</source>
        <translation>In den geladenen Arbeitsaufträgen suchen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="vanished">&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Server address, API key and preferences</source>
        <translation>Serveradresse, API-Schlüssel und weitere Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close Fentu Desk</source>
        <translation>Fentu Desk schließen</translation>
    </message>
    <message>
        <source>&amp;About Fentu Desk</source>
        <translation>&amp;Über Fentu Desk</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version und Lizenz</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Show or hide the details of the selected work order</source>
        <translation>Details des ausgewählten Arbeitsauftrags ein- oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Go to Details</source>
        <translation type="vanished">Zu den Details &amp;wechseln</translation>
    </message>
    <message>
        <source>Move the keyboard focus between the table and the details</source>
        <translation>Tastaturfokus zwischen Tabelle und Details wechseln</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Go to Detai&amp;ls</source>
        <translation>Zu den Details &amp;wechseln</translation>
    </message>
</context>
<context>
    <name>fentu::MainWindow</name>
    <message>
        <source>Fentu Desk</source>
        <translation>Fentu Desk</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Search loaded work orders</source>
        <translation>Geladene Arbeitsaufträge durchsuchen</translation>
    </message>
    <message>
        <source>Number, customer, technician or type (%1)</source>
        <translation>Nummer, Kunde, Techniker oder Art (%1)</translation>
    </message>
    <message>
        <source>Quick search</source>
        <translation>Schnellsuche</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>No server configured: start with --base-url and FENTU_API_KEY (Settings arrive next).</source>
        <translation type="vanished">Kein Server eingerichtet: Starten Sie mit --base-url und FENTU_API_KEY (Einstellungen folgen in Kürze).</translation>
    </message>
    <message>
        <source>About Fentu Desk</source>
        <translation>Über Fentu Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Fentu Desk %1&lt;/h3&gt;&lt;p&gt;A native desktop client for the Fentu FSM Work Orders API.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fentu Desk %1&lt;/h3&gt;&lt;p&gt;Ein nativer Desktop-Client für die Fentu-FSM-Arbeitsauftrags-API.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No server is configured yet. Open Settings to enter the server address and the API key.</source>
        <translation>Es ist noch kein Server eingerichtet. Öffnen Sie die Einstellungen, um die Serveradresse und den API-Schlüssel einzugeben.</translation>
    </message>
    <message>
        <source>No server is configured: start with --base-url and the FENTU_API_KEY environment variable.</source>
        <translation>Es ist kein Server eingerichtet: Starten Sie mit --base-url und der Umgebungsvariablen FENTU_API_KEY.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>%1 — Fentu Desk</source>
        <translation>%1 — Fentu Desk</translation>
    </message>
    <message>
        <source>Search all cached work orders</source>
        <translation>Alle zwischengespeicherten Arbeitsaufträge durchsuchen</translation>
    </message>
    <message>
        <source>Number, customer, address, contact, phone, technician, type, description or notes; every word counts, and the start of a word is enough (%1)</source>
        <translation>Nummer, Kunde, Adresse, Kontakt, Telefon, Techniker, Typ, Beschreibung oder Notizen; jedes Wort zählt, und der Anfang eines Wortes genügt (%1)</translation>
    </message>
    <message>
        <source>%1 is not among the orders cached on this computer; View ▸ Sync Now brings the newest.</source>
        <translation type="vanished">%1 ist nicht unter den auf diesem Computer zwischengespeicherten Aufträgen; Ansicht ▸ Jetzt synchronisieren holt die neuesten.</translation>
    </message>
    <message>
        <source>%1 is not among the orders on the server.</source>
        <translation>%1 ist nicht unter den Aufträgen auf dem Server.</translation>
    </message>
    <message>
        <source>%1 is not among the orders cached on this computer; it can be looked for on the server once it is reached.</source>
        <translation>%1 ist nicht unter den auf diesem Computer gespeicherten Aufträgen; sobald der Server erreichbar ist, kann dort gesucht werden.</translation>
    </message>
    <message>
        <source>%1 is not cached yet: reading the server&apos;s lists to find it…</source>
        <translation>%1 ist noch nicht gespeichert: Die Listen des Servers werden gelesen, um den Auftrag zu finden…</translation>
    </message>
</context>
<context>
    <name>fentu::NeedsAttentionDialog</name>
    <message>
        <source>New work order</source>
        <translation>Neuer Arbeitsauftrag</translation>
    </message>
    <message>
        <source>Create the work order</source>
        <translation>Arbeitsauftrag anlegen</translation>
    </message>
    <message>
        <source>Delete the work order</source>
        <translation>Arbeitsauftrag löschen</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Ändern: %1</translation>
    </message>
    <message>
        <source>Every change was sent to the server.</source>
        <translation>Alle Änderungen wurden an den Server gesendet.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <source>Re&amp;solve…</source>
        <translation>&amp;Klären…</translation>
    </message>
    <message>
        <source>Needs Attention</source>
        <translation>Klärungsbedarf</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>What was attempted</source>
        <translation>Versuchte Aktion</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Send the change again (after fixing the cause on the server)</source>
        <translation>Änderung erneut senden (nachdem die Ursache auf dem Server behoben wurde)</translation>
    </message>
    <message>
        <source>Give the change up; it is removed from this computer</source>
        <translation>Änderung aufgeben; sie wird von diesem Computer entfernt</translation>
    </message>
    <message>
        <source>Compare with the server&apos;s version and choose</source>
        <translation>Mit der Version auf dem Server vergleichen und auswählen</translation>
    </message>
    <message>
        <source>The server did not accept these changes made here. Nothing is lost: retry them once the cause is fixed, or discard them.</source>
        <translation type="vanished">Der Server hat diese hier vorgenommenen Änderungen nicht angenommen. Es ging nichts verloren: Wiederholen Sie sie, sobald die Ursache behoben ist, oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>Someone changed this order on the server meanwhile: choose which version to keep.</source>
        <translation>Jemand hat diesen Auftrag inzwischen auf dem Server geändert: Wählen Sie, welche Version erhalten bleiben soll.</translation>
    </message>
    <message>
        <source>The server refused the change.</source>
        <translation>Der Server hat die Änderung abgelehnt.</translation>
    </message>
    <message>
        <source>Discard Change</source>
        <translation>Änderung verwerfen</translation>
    </message>
    <message>
        <source>Discard this change? It was never accepted by the server and cannot be recovered.</source>
        <translation>Diese Änderung verwerfen? Sie wurde vom Server nie angenommen und kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Correct the change (your values, with the server&apos;s reasons) and send it again</source>
        <translation>Änderung korrigieren (Ihre Werte, mit den Gründen des Servers) und erneut senden</translation>
    </message>
    <message>
        <source>The server did not accept these changes made here. Nothing is lost: correct them, retry them once the cause is fixed, or discard them.</source>
        <translation type="vanished">Der Server hat diese hier vorgenommenen Änderungen nicht angenommen. Es ging nichts verloren: Korrigieren Sie sie, wiederholen Sie sie, sobald die Ursache behoben ist, oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>Send &amp;Again</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>Send the new work order again: only if you know it did not arrive on the server</source>
        <translation>Neuen Arbeitsauftrag erneut senden: nur, wenn Sie sicher wissen, dass er nicht auf dem Server angekommen ist</translation>
    </message>
    <message>
        <source>These changes made here wait for you: the server refused them, or did not answer when they were sent. Nothing is lost: correct them, send them again once the cause is fixed, or discard them.</source>
        <translation>Diese hier vorgenommenen Änderungen warten auf Sie: Der Server hat sie abgelehnt oder beim Senden nicht geantwortet. Es ging nichts verloren: Korrigieren Sie sie, senden Sie sie erneut, sobald die Ursache behoben ist, oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>Discard this new work order? Do so only if you know it arrived on the server; otherwise it is lost.</source>
        <translation>Diesen neuen Arbeitsauftrag verwerfen? Tun Sie das nur, wenn Sie wissen, dass er auf dem Server angekommen ist; sonst geht er verloren.</translation>
    </message>
</context>
<context>
    <name>fentu::OfflineBanner</name>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>&amp;Go Online</source>
        <translation>&amp;Online gehen</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation type="vanished">Erneut ve&amp;rsuchen</translation>
    </message>
    <message>
        <source>Stop working offline and load from the server</source>
        <translation>Offline-Modus beenden und vom Server laden</translation>
    </message>
    <message>
        <source>Check now whether the server can be reached</source>
        <translation>Jetzt prüfen, ob der Server erreichbar ist</translation>
    </message>
    <message>
        <source>Try A&amp;gain</source>
        <translation>Erneut ve&amp;rsuchen</translation>
    </message>
</context>
<context>
    <name>fentu::OfflineController</name>
    <message>
        <source>Could not save to the offline cache: %1</source>
        <translation>Speichern im Offline-Cache fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Work &amp;Offline</source>
        <translation>&amp;Offline arbeiten</translation>
    </message>
    <message>
        <source>Show the cached orders without contacting the server; changes wait until you go online</source>
        <translation>Aufträge aus dem Offline-Cache anzeigen, ohne den Server zu kontaktieren; Änderungen warten, bis Sie wieder online gehen</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Copy every work order from the server to this computer, for working offline</source>
        <translation>Alle Arbeitsaufträge vom Server auf diesen Computer kopieren, um offline zu arbeiten</translation>
    </message>
    <message>
        <source>Sync Again</source>
        <translation>Erneut synchronisieren</translation>
    </message>
    <message>
        <source>Changes the server refused, and changes that collided with someone else&apos;s</source>
        <translation>Vom Server abgelehnte Änderungen und Änderungen, die mit denen anderer kollidiert sind</translation>
    </message>
    <message>
        <source>The server did not accept a change made here: see View ▸ Needs Attention</source>
        <translation>Der Server hat eine hier vorgenommene Änderung nicht angenommen: siehe Ansicht ▸ Klärungsbedarf</translation>
    </message>
    <message>
        <source>Needs &amp;Attention (%L1)…</source>
        <translation>&amp;Klärungsbedarf (%L1)…</translation>
    </message>
    <message>
        <source>The change still waits for your choice: see View ▸ Needs Attention</source>
        <translation>Die Änderung wartet noch auf Ihre Entscheidung: siehe Ansicht ▸ Klärungsbedarf</translation>
    </message>
    <message>
        <source>A new work order may not have reached the server: see View ▸ Needs Attention</source>
        <translation>Ein neuer Arbeitsauftrag hat den Server möglicherweise nicht erreicht: siehe Ansicht ▸ Klärungsbedarf</translation>
    </message>
</context>
<context>
    <name>fentu::OfflineSettingsGroup</name>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Automatic: every order under %1, else the days below</source>
        <translation>Automatisch: alle Aufträge unter %1, sonst die Tage unten</translation>
    </message>
    <message>
        <source>Every order</source>
        <translation>Alle Aufträge</translation>
    </message>
    <message>
        <source>Orders scheduled within the days below</source>
        <translation>Aufträge, die in den Tagen unten geplant sind</translation>
    </message>
    <message>
        <source>A sync fetches the details (description, notes, contact and phone, tasks) of these orders, so that they are complete offline. Orders without a date are always included.</source>
        <translation>Eine Synchronisierung holt die Details (Beschreibung, Notizen, Kontakt und Telefon, Aufgaben) dieser Aufträge, damit sie offline vollständig sind. Aufträge ohne Termin sind immer dabei.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Days back</source>
        <translation>Tage zurück</translation>
    </message>
    <message>
        <source>Days ahead</source>
        <translation>Tage voraus</translation>
    </message>
    <message>
        <source>back to</source>
        <translation>zurück bis</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>voraus</translation>
    </message>
    <message>
        <source>&amp;Details kept:</source>
        <translation>&amp;Details behalten:</translation>
    </message>
    <message>
        <source>Da&amp;ys:</source>
        <translation>Ta&amp;ge:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>When the server asks a sync to slow down (rate limiting), the sync waits as long as it asks, up to this long in all, and then gives up. The cached orders stay.</source>
        <translation>Wenn der Server eine Synchronisierung bremst (Ratenbegrenzung), wartet sie so lange wie verlangt, insgesamt höchstens so lange, und gibt dann auf. Die zwischengespeicherten Aufträge bleiben.</translation>
    </message>
    <message>
        <source>Wait for a &amp;busy server up to:</source>
        <translation>Auf einen &amp;ausgelasteten Server warten bis:</translation>
    </message>
</context>
<context>
    <name>fentu::OrderDetails</name>
    <message>
        <source>Details could not be loaded: %1</source>
        <translation>Details konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Details not available offline</source>
        <translation>Details offline nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>fentu::OrderExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 (UTC)</source>
        <translation>%1 (UTC)</translation>
    </message>
    <message>
        <source>%1 (local time)</source>
        <translation>%1 (Ortszeit)</translation>
    </message>
    <message>
        <source>The work orders are no longer available.</source>
        <translation type="vanished">Die Arbeitsaufträge sind nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>%1 (minutes)</source>
        <translation>%1 (Minuten)</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>Arbeitsaufträge</translation>
    </message>
</context>
<context>
    <name>fentu::OrderFields</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Estimated duration</source>
        <translation>Geschätzte Dauer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>fentu::OrderValidation</name>
    <message>
        <source>A customer is required.</source>
        <translation>Ein Kunde ist erforderlich.</translation>
    </message>
    <message>
        <source>The estimated duration must be a whole number of minutes, 0 or more.</source>
        <translation>Die geschätzte Dauer muss eine ganze Zahl von Minuten sein, 0 oder mehr.</translation>
    </message>
    <message>
        <source>The priority must be one of low, medium, high or urgent.</source>
        <translation>Die Priorität muss low, medium, high oder urgent sein.</translation>
    </message>
    <message>
        <source>The status must be one of draft, open, assigned, in_progress, on_hold, completed or cancelled.</source>
        <translation>Der Status muss draft, open, assigned, in_progress, on_hold, completed oder cancelled sein.</translation>
    </message>
    <message>
        <source>The scheduled date must be an ISO 8601 date and time, such as 2024-02-01T10:00:00Z.</source>
        <translation>Der geplante Termin muss ein Datum mit Uhrzeit nach ISO 8601 sein, z. B. 2024-02-01T10:00:00Z.</translation>
    </message>
</context>
<context>
    <name>fentu::OutboxReplayer</name>
    <message>
        <source>This new work order has no customer, so it cannot be sent. Edit it or discard it.</source>
        <translation>Dieser neue Arbeitsauftrag hat keinen Kunden und kann daher nicht gesendet werden. Bearbeiten oder verwerfen Sie ihn.</translation>
    </message>
    <message>
        <source>This change belongs to a new work order that was never created on the server.</source>
        <translation>Diese Änderung gehört zu einem neuen Arbeitsauftrag, der auf dem Server nie angelegt wurde.</translation>
    </message>
    <message>
        <source>The server did not answer when this new work order was sent, and it is not among the customer&apos;s orders on the server. Send it again, or discard it if you know it arrived.</source>
        <translation>Der Server hat nicht geantwortet, als dieser neue Arbeitsauftrag gesendet wurde, und unter den Aufträgen des Kunden auf dem Server ist er nicht zu finden. Senden Sie ihn erneut oder verwerfen Sie ihn, wenn Sie wissen, dass er angekommen ist.</translation>
    </message>
    <message>
        <source>The server failed each time this change was sent (%1). It is kept: retry it when the server works again, or discard it.</source>
        <translation>Der Server ist bei jedem Sendeversuch dieser Änderung gescheitert (%1). Sie bleibt erhalten: Wiederholen Sie sie, wenn der Server wieder funktioniert, oder verwerfen Sie sie.</translation>
    </message>
</context>
<context>
    <name>fentu::PrintChoiceDialog</name>
    <message>
        <source>&amp;Day sheets (one page per technician)</source>
        <translation>&amp;Tagesblätter (eine Seite je Techniker)</translation>
    </message>
    <message>
        <source>The &amp;board as shown</source>
        <translation>Die &amp;Plantafel wie angezeigt</translation>
    </message>
    <message>
        <source>Each technician&apos;s orders of each day shown, in time order, with the customer, address, contact, description, notes and tasks to tick.</source>
        <translation>Die Aufträge jedes Technikers an jedem gezeigten Tag in zeitlicher Reihenfolge, mit Kunde, Adresse, Kontakt, Beschreibung, Notizen und Aufgaben zum Abhaken.</translation>
    </message>
    <message>
        <source>The rows and bars of the days shown, fitted to a landscape page.</source>
        <translation>Die Zeilen und Balken der gezeigten Tage, auf eine Seite im Querformat eingepasst.</translation>
    </message>
</context>
<context>
    <name>fentu::Priority</name>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>fentu::QuickActions</name>
    <message>
        <source>Set &amp;Status</source>
        <translation>Status &amp;festlegen</translation>
    </message>
    <message>
        <source>&amp;Assign Technician…</source>
        <translation>&amp;Techniker zuweisen…</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Umplanen…</translation>
    </message>
    <message>
        <source>Change the status of the selected work orders</source>
        <translation>Status der ausgewählten Arbeitsaufträge ändern</translation>
    </message>
    <message>
        <source>Assign, reassign or unassign the selected work orders</source>
        <translation>Ausgewählte Arbeitsaufträge zuweisen, neu zuweisen oder die Zuweisung aufheben</translation>
    </message>
    <message>
        <source>Move the selected work orders to another date and time</source>
        <translation>Ausgewählte Arbeitsaufträge auf ein anderes Datum und eine andere Uhrzeit verschieben</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Move the selected work orders to the trash</source>
        <translation>Ausgewählte Arbeitsaufträge in den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>%1… (%2 of %3)</source>
        <translation>%1… (%2 von %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n work orders</source>
        <translation>
            <numerusform>%n Arbeitsauftrag</numerusform>
            <numerusform>%n Arbeitsaufträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Setting %1 to “%2”</source>
        <translation>%1 auf „%2“ setzen</translation>
    </message>
    <message>
        <source>Technician for %1:</source>
        <translation>Techniker für %1:</translation>
    </message>
    <message>
        <source>Unassigning %1</source>
        <translation>Zuweisung für %1 aufheben</translation>
    </message>
    <message>
        <source>Assigning %1 to %2</source>
        <translation>%1 an %2 zuweisen</translation>
    </message>
    <message>
        <source>New date and time for %1:</source>
        <translation>Neues Datum und neue Uhrzeit für %1:</translation>
    </message>
    <message>
        <source>Rescheduling %1</source>
        <translation>%1 umplanen</translation>
    </message>
    <message>
        <source>Move %1 to the trash?</source>
        <translation>%1 in den Papierkorb verschieben?</translation>
    </message>
    <message numerus="yes">
        <source>Move %n work orders to the trash?</source>
        <translation>
            <numerusform>%n Arbeitsauftrag in den Papierkorb verschieben?</numerusform>
            <numerusform>%n Arbeitsaufträge in den Papierkorb verschieben?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Work Orders</source>
        <translation>Arbeitsaufträge löschen</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>In den &amp;Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Moving %1 to the trash</source>
        <translation>%1 in den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Wird ausgeführt</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation type="vanished">%1: %2 von %3 ausgeführt</translation>
    </message>
    <message numerus="yes">
        <source>, %n saved offline</source>
        <translation type="vanished">
            <numerusform>, %n offline gespeichert</numerusform>
            <numerusform>, %n offline gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation type="vanished">
            <numerusform>, %n fehlgeschlagen</numerusform>
            <numerusform>, %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n cancelled</source>
        <translation type="vanished">
            <numerusform>, %n abgebrochen</numerusform>
            <numerusform>, %n abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see details)</source>
        <translation>
            <numerusform>… und %n weiterer (siehe Details)</numerusform>
            <numerusform>… und %n weitere (siehe Details)</numerusform>
        </translation>
    </message>
    <message>
        <source>Some Work Orders Were Not Changed</source>
        <translation>Einige Arbeitsaufträge wurden nicht geändert</translation>
    </message>
    <message>
        <source>%1 of %2 work orders were changed. These were not:</source>
        <translation>%1 von %2 Arbeitsaufträgen wurden geändert. Folgende nicht:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Decide %n Conflict(s)…</source>
        <translation>
            <numerusform>%n Konflikt &amp;klären…</numerusform>
            <numerusform>%n Konflikte &amp;klären…</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare each order changed on the server meanwhile and choose</source>
        <translation>Jeden inzwischen auf dem Server geänderten Auftrag vergleichen und entscheiden</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n done.</source>
        <translation>
            <numerusform>%1: %2 von %n erledigt.</numerusform>
            <numerusform>%1: %2 von %n erledigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved offline.</source>
        <translation>
            <numerusform>%n offline gespeichert.</numerusform>
            <numerusform>%n offline gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n fehlgeschlagen.</numerusform>
            <numerusform>%n fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled.</source>
        <translation>
            <numerusform>%n abgebrochen.</numerusform>
            <numerusform>%n abgebrochen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fentu::RefusedChangeEditor</name>
    <message>
        <source>Correct %1</source>
        <translation>%1 korrigieren</translation>
    </message>
    <message>
        <source>the new work order</source>
        <translation>Neuen Arbeitsauftrag</translation>
    </message>
    <message>
        <source>The corrected change was sent to the server</source>
        <translation>Die korrigierte Änderung wurde an den Server gesendet</translation>
    </message>
    <message>
        <source>The corrected change waits to be sent</source>
        <translation>Die korrigierte Änderung wartet darauf, gesendet zu werden</translation>
    </message>
</context>
<context>
    <name>fentu::RelativeTime</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
</context>
<context>
    <name>fentu::ReschedulePicker</name>
    <message>
        <source>&amp;Unschedule (no date)</source>
        <translation>Termin &amp;entfernen (kein Datum)</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Umplanen</translation>
    </message>
    <message>
        <source>&amp;Reschedule</source>
        <translation>&amp;Umplanen</translation>
    </message>
</context>
<context>
    <name>fentu::SaveViewDialog</name>
    <message>
        <source>These dates: %1 – %2</source>
        <translation>Diese Tage: %1 – %2</translation>
    </message>
    <message>
        <source>These dates: from %1</source>
        <translation>Diese Tage: ab %1</translation>
    </message>
    <message>
        <source>These dates: until %1</source>
        <translation>Diese Tage: bis %1</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Rename View</source>
        <translation>Ansicht umbenennen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>%1, counted from the day it is shown</source>
        <translation>%1, ab dem Tag der Anzeige gerechnet</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>A view needs a name.</source>
        <translation>Eine Ansicht braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is a view of that name already.</source>
        <translation>Es gibt schon eine Ansicht mit diesem Namen.</translation>
    </message>
</context>
<context>
    <name>fentu::SavedView</name>
    <message>
        <source>Today and upcoming</source>
        <translation>Heute und demnächst</translation>
    </message>
</context>
<context>
    <name>fentu::SavedViewListModel</name>
    <message>
        <source>%1 · Dates: %2</source>
        <translation>%1 · Zeitraum: %2</translation>
    </message>
    <message>
        <source>Dates: %1</source>
        <translation>Zeitraum: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s)</source>
        <translation>
            <numerusform>%n Auftrag</numerusform>
            <numerusform>%n Aufträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Strg+%1</translation>
    </message>
</context>
<context>
    <name>fentu::SettingsDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Keep for This Session Only</source>
        <translation type="vanished">Nur für diese Sitzung &amp;behalten</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>No API key is set.</source>
        <translation>Es ist kein API-Schlüssel festgelegt.</translation>
    </message>
    <message>
        <source>Not saved yet: Save puts it in the system keychain.</source>
        <translation>Noch nicht gespeichert: „Speichern“ legt ihn im Schlüsselbund des Systems ab.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Starts with https://, or http:// for a server on this computer.</source>
        <translation>Beginnt mit https://, oder mit http:// für einen Server auf diesem Computer.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Paste the API key you were given</source>
        <translation>Fügen Sie den API-Schlüssel ein, den Sie erhalten haben</translation>
    </message>
    <message>
        <source>Show or hide the API key</source>
        <translation>API-Schlüssel anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Work orders per page</source>
        <translation>Arbeitsaufträge pro Seite</translation>
    </message>
    <message>
        <source>How many work orders are loaded at a time. 100 means the fewest round trips to the server.</source>
        <translation>Wie viele Arbeitsaufträge auf einmal geladen werden. Bei 100 sind die wenigsten Anfragen an den Server nötig.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Ser&amp;veradresse:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Work orders per &amp;page:</source>
        <translation>Arbeitsaufträge pro S&amp;eite:</translation>
    </message>
    <message>
        <source>Reading the system keychain…</source>
        <translation>Der Schlüsselbund des Systems wird gelesen…</translation>
    </message>
    <message>
        <source>Kept for this session only: Fentu Desk will ask for it again next time.</source>
        <translation>Nur für diese Sitzung aufbewahrt: Fentu Desk fragt beim nächsten Start erneut danach.</translation>
    </message>
    <message>
        <source>Stored in the system keychain.</source>
        <translation>Im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Not set. %1</source>
        <translation>Nicht festgelegt. %1</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Verbindung zu %1 wird getestet…</translation>
    </message>
    <message>
        <source>Enter the API key for this server.</source>
        <translation>Geben Sie den API-Schlüssel für diesen Server ein.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>%1 You can keep the key for this session only; Fentu Desk will ask for it again next time.</source>
        <translation>%1 Sie können den Schlüssel nur für diese Sitzung behalten; Fentu Desk fragt beim nächsten Start erneut danach.</translation>
    </message>
    <message>
        <source>Keep for This &amp;Session Only</source>
        <translation>Nur für diese Sitzung &amp;behalten</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>System follows the desktop&apos;s style and colours; Light and Dark keep Fentu Desk light or dark whatever the desktop uses.</source>
        <translation>„System“ übernimmt Stil und Farben der Arbeitsumgebung; „Hell“ und „Dunkel“ zeigen Fentu Desk hell oder dunkel, unabhängig von der Arbeitsumgebung.</translation>
    </message>
    <message>
        <source>Appea&amp;rance:</source>
        <translation>E&amp;rscheinungsbild:</translation>
    </message>
</context>
<context>
    <name>fentu::Status</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>fentu::StatusFilterModel</name>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s)</source>
        <translation>
            <numerusform>%n Arbeitsauftrag</numerusform>
            <numerusform>%n Arbeitsaufträge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>fentu::StatusIndicators</name>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Loading work orders…</source>
        <translation>Arbeitsaufträge werden geladen…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>API key refused by %1</source>
        <translation>API-Schlüssel von %1 abgelehnt</translation>
    </message>
    <message>
        <source>Cannot reach %1</source>
        <translation>%1 ist nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 reported a problem</source>
        <translation>%1 meldet ein Problem</translation>
    </message>
    <message numerus="yes">
        <source>%Ln work order(s)</source>
        <translation>
            <numerusform>%Ln Arbeitsauftrag</numerusform>
            <numerusform>%Ln Arbeitsaufträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %L1 of %L2 loaded</source>
        <translation>%L1 von %L2 geladenen angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln Änderung noch nicht gesendet</numerusform>
            <numerusform>%Ln Änderungen noch nicht gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes made here that the server does not have yet</source>
        <translation>Hier vorgenommene Änderungen, die der Server noch nicht hat</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>the offline state, then the server&apos;s name</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln gefunden</numerusform>
            <numerusform>%Ln gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching the orders cached on this computer (updated %1)</source>
        <translation>Suche in den auf diesem Computer zwischengespeicherten Aufträgen (aktualisiert %1)</translation>
    </message>
</context>
<context>
    <name>fentu::SwitchingPageSource</name>
    <message>
        <source>Offline — nothing has been cached from this server yet</source>
        <translation>Offline – von diesem Server ist noch nichts zwischengespeichert</translation>
    </message>
    <message>
        <source>Offline — showing orders cached %1</source>
        <translation>Offline – zwischengespeicherte Aufträge, abgerufen %1</translation>
    </message>
</context>
<context>
    <name>fentu::SyncProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Fortschritt der Synchronisierung</translation>
    </message>
    <message>
        <source>Syncing %L1 of %L2 orders</source>
        <translation>Synchronisierung: %L1 von %L2 Aufträgen</translation>
    </message>
    <message>
        <source>Stop the sync; the orders already cached stay</source>
        <translation>Synchronisierung beenden; bereits zwischengespeicherte Aufträge bleiben erhalten</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Starting sync…</source>
        <translation>Synchronisierung wird gestartet…</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the server (rate limited), resuming in %n s</source>
        <translation>
            <numerusform>Warten auf den Server (Anfragen begrenzt), weiter in %n s</numerusform>
            <numerusform>Warten auf den Server (Anfragen begrenzt), weiter in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>Geht weiter…</translation>
    </message>
    <message>
        <source>Step 1 of 2: orders %L1 of %L2</source>
        <translation>Schritt 1 von 2: Aufträge %L1 von %L2</translation>
    </message>
    <message>
        <source>Step 2 of 2: details %L1 of %L2</source>
        <translation>Schritt 2 von 2: Details %L1 von %L2</translation>
    </message>
</context>
<context>
    <name>fentu::SyncResult</name>
    <message numerus="yes">
        <source>Synced %n order(s).</source>
        <translation>
            <numerusform>%n Auftrag synchronisiert.</numerusform>
            <numerusform>%n Aufträge synchronisiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) deleted on the server were removed.</source>
        <translation>
            <numerusform>%n auf dem Server gelöschter Auftrag wurde entfernt.</numerusform>
            <numerusform>%n auf dem Server gelöschte Aufträge wurden entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s list changed during the sync, so no order was removed; sync again to remove deleted orders.</source>
        <translation>Die Liste des Servers hat sich während der Synchronisierung geändert, daher wurde kein Auftrag entfernt; synchronisieren Sie erneut, um gelöschte Aufträge zu entfernen.</translation>
    </message>
    <message>
        <source>This server has no customer or technician list; names are taken from the orders.</source>
        <translation>Dieser Server bietet keine Kunden- oder Technikerliste; die Namen werden aus den Aufträgen übernommen.</translation>
    </message>
    <message numerus="yes">
        <source>Sync cancelled after %n order(s). The cached orders are still available.</source>
        <translation>
            <numerusform>Synchronisierung nach %n Auftrag abgebrochen. Die zwischengespeicherten Aufträge sind weiterhin verfügbar.</numerusform>
            <numerusform>Synchronisierung nach %n Aufträgen abgebrochen. Die zwischengespeicherten Aufträge sind weiterhin verfügbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed: %1 The cached orders are still available.</source>
        <translation>Synchronisierung fehlgeschlagen: %1 Die zwischengespeicherten Aufträge sind weiterhin verfügbar.</translation>
    </message>
    <message>
        <source>Sync stopped: %1 Nothing was removed from the cached orders.</source>
        <translation>Synchronisierung angehalten: %1 Aus den zwischengespeicherten Aufträgen wurde nichts entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>The server asked to slow down; the sync waited %n second(s).</source>
        <translation>
            <numerusform>Der Server bat um langsamere Anfragen; die Synchronisierung hat %n Sekunde gewartet.</numerusform>
            <numerusform>Der Server bat um langsamere Anfragen; die Synchronisierung hat %n Sekunden gewartet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetched %n order detail(s) for offline use.</source>
        <translation>
            <numerusform>%n Auftragsdetail für offline geholt.</numerusform>
            <numerusform>%n Auftragsdetails für offline geholt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every order&apos;s details were already up to date.</source>
        <translation>Die Details aller Aufträge waren schon aktuell.</translation>
    </message>
    <message>
        <source>Sync cancelled while fetching details: %1 of %2 fetched. The next sync fetches the rest.</source>
        <translation>Synchronisierung beim Holen der Details abgebrochen: %1 von %2 geholt. Die nächste Synchronisierung holt den Rest.</translation>
    </message>
    <message>
        <source>The orders were synced, but fetching their details stopped after %1 of %2: %3 The next sync fetches the rest.</source>
        <translation>Die Aufträge wurden synchronisiert, aber das Holen ihrer Details hielt nach %1 von %2 an: %3 Die nächste Synchronisierung holt den Rest.</translation>
    </message>
    <message numerus="yes">
        <source>The server could not give %n order detail(s); the next sync asks again.</source>
        <translation>
            <numerusform>Der Server konnte %n Auftragsdetail nicht liefern; die nächste Synchronisierung fragt erneut.</numerusform>
            <numerusform>Der Server konnte %n Auftragsdetails nicht liefern; die nächste Synchronisierung fragt erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync stopped: the server kept asking to slow down (rate limiting), longer than the %n minute(s) a sync waits for it (Settings ▸ Offline, or fentu-cli sync --max-wait). The cached orders are still available; try again later.</source>
        <translation>
            <numerusform>Synchronisierung beendet: Der Server hat länger um Verlangsamung gebeten (Ratenbegrenzung) als die %n Minute, die eine Synchronisierung wartet (Einstellungen ▸ Offline oder fentu-cli sync --max-wait). Die zwischengespeicherten Aufträge sind weiter verfügbar; versuchen Sie es später erneut.</numerusform>
            <numerusform>Synchronisierung beendet: Der Server hat länger um Verlangsamung gebeten (Ratenbegrenzung) als die %n Minuten, die eine Synchronisierung wartet (Einstellungen ▸ Offline oder fentu-cli sync --max-wait). Die zwischengespeicherten Aufträge sind weiter verfügbar; versuchen Sie es später erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fentu::SyncRun</name>
    <message>
        <source>the server sent page %1 with only orders it had already sent, as if it ignored which page was asked for.</source>
        <translation>Der Server hat als Seite %1 nur Aufträge geschickt, die er schon geschickt hatte, als ob er die angefragte Seite nicht beachtete.</translation>
    </message>
</context>
<context>
    <name>fentu::TechnicianPicker</name>
    <message>
        <source>Assign Technician</source>
        <translation>Techniker zuweisen</translation>
    </message>
    <message>
        <source>Type to search technicians</source>
        <translation>Tippen, um Techniker zu suchen</translation>
    </message>
    <message>
        <source>Unassign (no technician)</source>
        <translation>Zuweisung aufheben (kein Techniker)</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Zuweisen</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
</context>
<context>
    <name>fentu::ViewFile</name>
    <message>
        <source>The file could not be written: %1.</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>“%1” should be text.</source>
        <translation>„%1“ sollte Text sein.</translation>
    </message>
    <message>
        <source>“%1” should be true or false.</source>
        <translation>„%1“ sollte true oder false sein.</translation>
    </message>
    <message>
        <source>“%1” is not a date written as YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Datum der Form JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>The view has no name.</source>
        <translation>Die Ansicht hat keinen Namen.</translation>
    </message>
    <message>
        <source>The view&apos;s name is longer than %1 characters.</source>
        <translation>Der Name der Ansicht ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>“filter” should be an object.</source>
        <translation>„filter“ sollte ein Objekt sein.</translation>
    </message>
    <message>
        <source>“%1” is not a work order status.</source>
        <translation>„%1“ ist kein Auftragsstatus.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of dates this version knows.</source>
        <translation>„%1“ ist keine Art von Zeitraum, die diese Version kennt.</translation>
    </message>
    <message>
        <source>The view&apos;s dates end before they start.</source>
        <translation>Der Zeitraum der Ansicht endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>“sort” should be an object.</source>
        <translation>„sort“ sollte ein Objekt sein.</translation>
    </message>
    <message>
        <source>“%1” is not a column of the list.</source>
        <translation>„%1“ ist keine Spalte der Liste.</translation>
    </message>
    <message>
        <source>The sort order should be “ascending” or “descending”.</source>
        <translation>Die Sortierung sollte „ascending“ oder „descending“ sein.</translation>
    </message>
    <message>
        <source>“columns” should be a list.</source>
        <translation>„columns“ sollte eine Liste sein.</translation>
    </message>
    <message>
        <source>Each of the columns should be an object.</source>
        <translation>Jede der Spalten sollte ein Objekt sein.</translation>
    </message>
    <message>
        <source>The column “%1” is listed twice.</source>
        <translation>Die Spalte „%1“ steht zweimal in der Liste.</translation>
    </message>
    <message>
        <source>The width of the column “%1” should be a number of pixels from 0 to %2.</source>
        <translation>Die Breite der Spalte „%1“ sollte eine Pixelzahl von 0 bis %2 sein.</translation>
    </message>
    <message>
        <source>The view hides every column.</source>
        <translation>Die Ansicht blendet alle Spalten aus.</translation>
    </message>
    <message>
        <source>“board” should be an object.</source>
        <translation>„board“ sollte ein Objekt sein.</translation>
    </message>
    <message>
        <source>The board shows 1, 7 or 14 days.</source>
        <translation>Die Plantafel zeigt 1, 7 oder 14 Tage.</translation>
    </message>
    <message>
        <source>The file is not a Fentu Desk view.</source>
        <translation>Die Datei ist keine Fentu-Desk-Ansicht.</translation>
    </message>
    <message>
        <source>The view was saved by a newer version of Fentu Desk; update this one to read it.</source>
        <translation>Die Ansicht wurde von einer neueren Version von Fentu Desk gespeichert; aktualisieren Sie diese, um sie zu lesen.</translation>
    </message>
    <message>
        <source>The file is too large to be a view (over %1 KB).</source>
        <translation>Die Datei ist zu groß für eine Ansicht (über %1 KB).</translation>
    </message>
    <message>
        <source>The file is not a Fentu Desk view: it is not valid JSON (%1 at character %2).</source>
        <translation>Die Datei ist keine Fentu-Desk-Ansicht: Sie ist kein gültiges JSON (%1 bei Zeichen %2).</translation>
    </message>
    <message>
        <source>The board&apos;s “technicians” should be a list of technician ids.</source>
        <translation>„technicians“ der Plantafel sollte eine Liste von Techniker-IDs sein.</translation>
    </message>
</context>
<context>
    <name>fentu::ViewListDelegate</name>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (geändert)</translation>
    </message>
</context>
<context>
    <name>fentu::ViewPages</name>
    <message>
        <source>The work orders are no longer available.</source>
        <translation>Die Arbeitsaufträge sind nicht mehr verfügbar.</translation>
    </message>
</context>
<context>
    <name>fentu::ViewsController</name>
    <message>
        <source>Saved &amp;Views</source>
        <translation>Gespeicherte &amp;Ansichten</translation>
    </message>
    <message>
        <source>&amp;Save View As…</source>
        <translation>Ansicht &amp;speichern unter…</translation>
    </message>
    <message>
        <source>Keep the filters, search, sort and columns shown under a name</source>
        <translation>Die gezeigten Filter, Suche, Sortierung und Spalten unter einem Namen behalten</translation>
    </message>
    <message>
        <source>&amp;Update View</source>
        <translation>Ansicht &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Keep what the window shows now in the view shown</source>
        <translation>Was das Fenster jetzt zeigt, in der gezeigten Ansicht behalten</translation>
    </message>
    <message>
        <source>&amp;Rename View…</source>
        <translation>Ansicht &amp;umbenennen…</translation>
    </message>
    <message>
        <source>Give the view another name</source>
        <translation>Der Ansicht einen anderen Namen geben</translation>
    </message>
    <message>
        <source>&amp;Delete View…</source>
        <translation>Ansicht &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the saved view (the work orders stay)</source>
        <translation>Die gespeicherte Ansicht löschen (die Aufträge bleiben)</translation>
    </message>
    <message>
        <source>Export &amp;View…</source>
        <translation>Ansicht e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save a view as a file to share with colleagues</source>
        <translation>Eine Ansicht als Datei speichern, um sie mit Kollegen zu teilen</translation>
    </message>
    <message>
        <source>&amp;Import View…</source>
        <translation>Ansicht &amp;importieren…</translation>
    </message>
    <message>
        <source>Add a view from a file a colleague shared</source>
        <translation>Eine Ansicht aus einer Datei hinzufügen, die jemand geteilt hat</translation>
    </message>
    <message>
        <source>It is %1 now: the view “%2” moved on to the new day.</source>
        <translation>Es ist jetzt %1: Die Ansicht „%2“ ist zum neuen Tag weitergegangen.</translation>
    </message>
    <message>
        <source>View “%1” saved; Ctrl+%2 shows it.</source>
        <translation>Ansicht „%1“ gespeichert; Strg+%2 zeigt sie.</translation>
    </message>
    <message>
        <source>View “%1” saved.</source>
        <translation>Ansicht „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>View “%1” updated.</source>
        <translation>Ansicht „%1“ aktualisiert.</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <source>Delete the view “%1”?</source>
        <translation>Die Ansicht „%1“ löschen?</translation>
    </message>
    <message>
        <source>The work orders it shows stay as they are.</source>
        <translation>Die Aufträge, die sie zeigt, bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>View “%1” deleted.</source>
        <translation>Ansicht „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Export View</source>
        <translation>Ansicht exportieren</translation>
    </message>
    <message>
        <source>Fentu Desk views (*.json)</source>
        <translation>Fentu-Desk-Ansichten (*.json)</translation>
    </message>
    <message>
        <source>View “%1” exported to %2</source>
        <translation>Ansicht „%1“ nach %2 exportiert</translation>
    </message>
    <message>
        <source>The view could not be exported.</source>
        <translation>Die Ansicht konnte nicht exportiert werden.</translation>
    </message>
    <message>
        <source>Import View</source>
        <translation>Ansicht importieren</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The view in %1 could not be imported.</source>
        <translation>Die Ansicht in %1 konnte nicht importiert werden.</translation>
    </message>
    <message>
        <source>View “%1” imported.</source>
        <translation>Ansicht „%1“ importiert.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>fentu::ViewsPanel</name>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>V&amp;iews</source>
        <translation>Ans&amp;ichten</translation>
    </message>
    <message>
        <source>No saved views yet: set the filters, then Save As…</source>
        <translation>Noch keine gespeicherten Ansichten: Filter setzen, dann „Speichern unter…“.</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
</context>
<context>
    <name>fentu::WorkOrderColumns</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>Status “%1” is not known to this version of Fentu Desk</source>
        <translation>Der Status „%1“ ist dieser Version von Fentu Desk nicht bekannt</translation>
    </message>
    <message>
        <source>No technician assigned</source>
        <translation>Kein Techniker zugewiesen</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Nicht geplant</translation>
    </message>
    <message numerus="yes">
        <source>Estimated %n minute(s)</source>
        <translation>
            <numerusform>Geschätzt %n Minute</numerusform>
            <numerusform>Geschätzt %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>No estimate</source>
        <translation>Keine Schätzung</translation>
    </message>
    <message>
        <source>Changed here; not yet sent to the server</source>
        <translation>Hier geändert; noch nicht an den Server gesendet</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>fentu::WorkOrderDetailForm</name>
    <message>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Ansprechpartner:</translation>
    </message>
    <message>
        <source>Technician:</source>
        <translation>Techniker:</translation>
    </message>
    <message>
        <source>Scheduled:</source>
        <translation>Geplant:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation>Aufgaben:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <source>%1 priority</source>
        <translation>Priorität: %1</translation>
    </message>
    <message>
        <source>Shown from the offline cache, fetched %1.</source>
        <translation>Aus dem Offline-Cache angezeigt, abgerufen %1.</translation>
    </message>
    <message>
        <source>Only the list fields were cached: description, contact and tasks show once the server can be reached.</source>
        <translation>Nur die Listenfelder wurden zwischengespeichert: Beschreibung, Ansprechpartner und Aufgaben erscheinen, sobald der Server erreichbar ist.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Nicht geplant</translation>
    </message>
    <message>
        <source>No estimate</source>
        <translation>Keine Schätzung</translation>
    </message>
    <message>
        <source>No description</source>
        <translation>Keine Beschreibung</translation>
    </message>
    <message>
        <source>No notes</source>
        <translation>Keine Notizen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>No tasks</source>
        <translation>Keine Aufgaben</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>Kein Status</translation>
    </message>
</context>
<context>
    <name>fentu::WorkOrderDetailLoader</name>
    <message>
        <source>The offline cache could not be read. %1</source>
        <translation>Der Offline-Cache konnte nicht gelesen werden. %1</translation>
    </message>
    <message>
        <source>This work order is not in the offline cache. Its details show once the server can be reached.</source>
        <translation>Dieser Arbeitsauftrag ist nicht im Offline-Cache. Seine Details erscheinen, sobald der Server erreichbar ist.</translation>
    </message>
</context>
<context>
    <name>fentu::WorkOrderDetailView</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Work order details</source>
        <translation>Details des Arbeitsauftrags</translation>
    </message>
    <message>
        <source>Loading the work order</source>
        <translation>Arbeitsauftrag wird geladen</translation>
    </message>
    <message numerus="yes">
        <source>%n work orders selected</source>
        <translation>
            <numerusform>%n Arbeitsauftrag ausgewählt</numerusform>
            <numerusform>%n Arbeitsaufträge ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a work order to see its details</source>
        <translation>Wählen Sie einen Arbeitsauftrag aus, um seine Details zu sehen</translation>
    </message>
    <message>
        <source>Loading the work order…</source>
        <translation>Arbeitsauftrag wird geladen…</translation>
    </message>
</context>
<context>
    <name>fentu::WorkOrderDialog</name>
    <message>
        <source>New Work Order</source>
        <translation>Neuer Arbeitsauftrag</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>An&amp;legen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="vanished">&amp;Speichern</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The server refused the work order; see the marked fields.</source>
        <translation>Der Server hat den Arbeitsauftrag abgelehnt; siehe die markierten Felder.</translation>
    </message>
    <message>
        <source>The form now shows the server&apos;s version.</source>
        <translation>Das Formular zeigt jetzt die Version vom Server.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>The server refused this change; see the marked fields.</source>
        <translation>Der Server hat diese Änderung abgelehnt; siehe die markierten Felder.</translation>
    </message>
</context>
<context>
    <name>fentu::WorkOrderFilter</name>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message>
        <source>Technician: %1</source>
        <translation>Techniker: %1</translation>
    </message>
    <message>
        <source>Scheduled %1</source>
        <translation>Geplant am %1</translation>
    </message>
    <message>
        <source>Scheduled %1 – %2</source>
        <translation>Geplant %1 – %2</translation>
    </message>
    <message>
        <source>Scheduled from %1</source>
        <translation>Geplant ab %1</translation>
    </message>
    <message>
        <source>Scheduled until %1</source>
        <translation>Geplant bis %1</translation>
    </message>
    <message>
        <source>Completed and cancelled hidden</source>
        <translation>Erledigte und stornierte Aufträge ausgeblendet</translation>
    </message>
    <message>
        <source>Matching “%1”</source>
        <translation>Treffer für „%1“</translation>
    </message>
    <message>
        <source>All work orders</source>
        <translation>Alle Arbeitsaufträge</translation>
    </message>
</context>
<context>
    <name>fentu::WorkOrderForm</name>
    <message>
        <source>On</source>
        <translation>Am</translation>
    </message>
    <message>
        <source>Type to search customers</source>
        <translation>Tippen, um Kunden zu suchen</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>Kein Ansprechpartner</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>For the technician or the office</source>
        <translation>Für den Techniker oder das Büro</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>Anspre&amp;chpartner:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Clear to leave the order unscheduled</source>
        <translation>Deaktivieren, um den Auftrag ohne Termin zu lassen</translation>
    </message>
    <message>
        <source>Sc&amp;heduled:</source>
        <translation>&amp;Geplant:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation type="vanished">&amp;Dauer:</translation>
    </message>
    <message>
        <source>&amp;Technician:</source>
        <translation>&amp;Techniker:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Save as &amp;draft (not yet submitted)</source>
        <translation type="vanished">Als &amp;Entwurf speichern (noch nicht freigegeben)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Vorgaben</translation>
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
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>No technician has this name.</source>
        <translation>Es gibt keinen Techniker mit diesem Namen.</translation>
    </message>
    <message>
        <source>Dur&amp;ation:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>Save as d&amp;raft (not yet submitted)</source>
        <translation>Als &amp;Entwurf speichern (noch nicht freigegeben)</translation>
    </message>
    <message>
        <source>Not available offline — the server keeps what it has</source>
        <translation>Offline nicht verfügbar – der Server behält seinen Stand</translation>
    </message>
    <message>
        <source>Only the list row of this order is on this computer. Open it while online to edit this field.</source>
        <translation>Von diesem Auftrag liegt nur die Listenzeile auf diesem Computer. Öffnen Sie ihn online, um dieses Feld zu bearbeiten.</translation>
    </message>
    <message>
        <source>Not available offline</source>
        <translation>Offline nicht verfügbar</translation>
    </message>
    <message>
        <source>Only the list row of this order is on this computer.</source>
        <translation>Von diesem Auftrag liegt nur die Listenzeile auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>fentu::WorkOrderTableView</name>
    <message>
        <source>Work orders</source>
        <translation>Arbeitsaufträge</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Nicht geplant</translation>
    </message>
</context>
<context>
    <name>fentu::WriteResult</name>
    <message>
        <source>Saved on this computer; it will be sent when the server is reachable.</source>
        <translation>Auf diesem Computer gespeichert; wird gesendet, sobald der Server erreichbar ist.</translation>
    </message>
    <message>
        <source>Someone changed this work order on the server since you opened it. Choose which version to keep.</source>
        <translation>Jemand hat diesen Arbeitsauftrag auf dem Server geändert, seit Sie ihn geöffnet haben. Wählen Sie, welche Version erhalten bleiben soll.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>fentu::XlsxSheet</name>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>fentu::cli::AgendaCommand</name>
    <message>
        <source>Lists each technician&apos;s work orders of a day (or of --days days from it), in your local time, by technician and start; orders that overlap another of the same technician are flagged CLASH. From the server (written through to the offline cache) or, with --offline, from the cache. --pdf writes the day sheets Fentu Desk prints instead: a page per technician and day with each order&apos;s customer, address, contact, description, notes and tasks.</source>
        <translation>Listet die Aufträge jedes Technikers an einem Tag (oder an --days Tagen ab diesem) in Ihrer Ortszeit auf, nach Techniker und Beginn; Aufträge, die sich mit einem anderen desselben Technikers überschneiden, sind mit CLASH markiert. Vom Server (und in den Offline-Cache übernommen) oder mit --offline aus dem Cache. --pdf schreibt stattdessen die Tagesblätter, die Fentu Desk druckt: eine Seite je Techniker und Tag mit Kunde, Adresse, Kontakt, Beschreibung, Notizen und Aufgaben jedes Auftrags.</translation>
    </message>
    <message>
        <source>The (first) day, in your local time.</source>
        <translation>Der (erste) Tag, in Ihrer Ortszeit.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>How many days from --date, 1 to %1 (default 1).</source>
        <translation>Wie viele Tage ab --date, 1 bis %1 (Standard 1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Only this technician&apos;s orders.</source>
        <translation>Nur die Aufträge dieses Technikers.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Reads the offline cache; the server is not contacted.</source>
        <translation>Liest den Offline-Cache; der Server wird nicht kontaktiert.</translation>
    </message>
    <message>
        <source>Writes the day sheets to FILE as PDF instead (not with --format). With --offline, an order whose details were never fetched says so on its sheet.</source>
        <translation>Schreibt stattdessen die Tagesblätter als PDF in DATEI (nicht mit --format). Mit --offline steht bei einem Auftrag, dessen Details nie abgerufen wurden, ein Hinweis darauf auf seinem Blatt.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>agenda needs --date YYYY-MM-DD</source>
        <translation>agenda braucht --date JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>--date: expected a date as YYYY-MM-DD, such as 2024-01-27</source>
        <translation>--date: erwartet ein Datum als JJJJ-MM-TT, etwa 2024-01-27</translation>
    </message>
    <message>
        <source>--days must be a whole number from 1 to %1</source>
        <translation>--days muss eine ganze Zahl von 1 bis %1 sein</translation>
    </message>
    <message>
        <source>--technician needs an id</source>
        <translation>--technician braucht eine ID</translation>
    </message>
    <message>
        <source>--pdf writes the day sheets; it does not take --format</source>
        <translation>--pdf schreibt die Tagesblätter; es nimmt kein --format</translation>
    </message>
    <message>
        <source>--pdf needs a file name</source>
        <translation>--pdf braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>--format must be table, csv or json</source>
        <translation>--format muss table, csv oder json sein</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) printed without their details (see the sheets)</source>
        <translation>
            <numerusform>%n Auftrag ohne seine Details gedruckt (siehe die Blätter)</numerusform>
            <numerusform>%n Aufträge ohne ihre Details gedruckt (siehe die Blätter)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day sheet(s) written to %1</source>
        <translation>
            <numerusform>%n Tagesblatt nach %1 geschrieben</numerusform>
            <numerusform>%n Tagesblätter nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>--date YYYY-MM-DD [options]</source>
        <translation>--date YYYY-MM-DD [Optionen]</translation>
    </message>
</context>
<context>
    <name>fentu::cli::AgendaFormatter</name>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>CLASH</source>
        <translation>ÜBERSCHNEIDUNG</translation>
    </message>
    <message>
        <source>late</source>
        <translation>verspätet</translation>
    </message>
    <message>
        <source>DAY</source>
        <translation>TAG</translation>
    </message>
    <message>
        <source>TECHNICIAN</source>
        <translation>TECHNIKER</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <source>CUSTOMER</source>
        <translation>KUNDE</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>FLAGS</source>
        <translation>HINWEISE</translation>
    </message>
    <message>
        <source>No orders.</source>
        <translation>Keine Aufträge.</translation>
    </message>
</context>
<context>
    <name>fentu::cli::AllPages</name>
    <message>
        <source>a page went missing</source>
        <translation>eine Seite fehlt</translation>
    </message>
    <message>
        <source>the server kept sending pages past %1; the list was not printed</source>
        <translation>der Server hat mehr als %1 Seiten gesendet; die Liste wurde nicht ausgegeben</translation>
    </message>
</context>
<context>
    <name>fentu::cli::CommandLine</name>
    <message>
        <source>Lists the work orders that match filters (table, csv or json).</source>
        <translation>Listet die Arbeitsaufträge auf, die den Filtern entsprechen (table, csv oder json).</translation>
    </message>
    <message>
        <source>Shows one work order in full.</source>
        <translation>Zeigt einen Arbeitsauftrag vollständig an.</translation>
    </message>
    <message>
        <source>Creates a work order.</source>
        <translation>Legt einen Arbeitsauftrag an.</translation>
    </message>
    <message>
        <source>Changes fields of a work order.</source>
        <translation>Ändert Felder eines Arbeitsauftrags.</translation>
    </message>
    <message>
        <source>Moves a work order to the trash.</source>
        <translation>Verschiebt einen Arbeitsauftrag in den Papierkorb.</translation>
    </message>
    <message>
        <source>(see fentu-cli --help)</source>
        <translation>(siehe fentu-cli --help)</translation>
    </message>
    <message>
        <source>no command given (see fentu-cli --help)</source>
        <translation>kein Befehl angegeben (siehe fentu-cli --help)</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see fentu-cli --help)</source>
        <translation>unbekannter Befehl „%1“ (siehe fentu-cli --help)</translation>
    </message>
    <message>
        <source>Usage: fentu-cli COMMAND [options]</source>
        <translation>Aufruf: fentu-cli BEFEHL [Optionen]</translation>
    </message>
    <message>
        <source>fentu-cli, the scriptable companion of Fentu Desk. It uses the server, the API key and the offline cache that Fentu Desk uses.</source>
        <translation>fentu-cli, das skriptfähige Gegenstück zu Fentu Desk. Es verwendet denselben Server, denselben API-Schlüssel und denselben Offline-Cache wie Fentu Desk.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &quot;fentu-cli COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>Die Optionen eines Befehls zeigt &quot;fentu-cli BEFEHL --help&quot;.</translation>
    </message>
    <message>
        <source>Options of every command:</source>
        <translation>Optionen aller Befehle:</translation>
    </message>
    <message>
        <source>Shows this help, or a command&apos;s.</source>
        <translation>Zeigt diese Hilfe oder die eines Befehls.</translation>
    </message>
    <message>
        <source>Shows the version.</source>
        <translation>Zeigt die Version.</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>The API key. Without it, the key Fentu Desk saved in the system keychain for the server is used.</source>
        <translation>Der API-Schlüssel. Ohne diese Variable wird der Schlüssel verwendet, den Fentu Desk für den Server im Schlüsselbund des Systems gespeichert hat.</translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation>Exit-Status:</translation>
    </message>
    <message>
        <source>Success.</source>
        <translation>Erfolg.</translation>
    </message>
    <message>
        <source>Usage: an unknown command or option, or an invalid value (checked before anything is sent); an unusable base URL.</source>
        <translation>Aufruffehler: ein unbekannter Befehl, eine unbekannte Option oder ein ungültiger Wert (geprüft, bevor etwas gesendet wird); eine unbrauchbare Basis-URL.</translation>
    </message>
    <message>
        <source>The server could not be reached: nothing listening, unknown host, time-out, connection lost, TLS failure.</source>
        <translation>Der Server war nicht erreichbar: kein Dienst an der Adresse, unbekannter Host, Zeitüberschreitung, Verbindung abgebrochen, TLS-Fehler.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be used: malformed or truncated, or a server error (5xx). The offline cache is left as it was.</source>
        <translation>Die Antwort des Servers war unbrauchbar: fehlerhaft oder unvollständig, oder ein Serverfehler (5xx). Der Offline-Cache bleibt unverändert.</translation>
    </message>
    <message>
        <source>A local problem: no server or API key configured, keychain unavailable, the offline cache cannot be used, an order that is not cached (--offline).</source>
        <translation>Ein lokales Problem: kein Server oder API-Schlüssel eingerichtet, Schlüsselbund nicht verfügbar, Offline-Cache nicht nutzbar, ein Auftrag, der nicht zwischengespeichert ist (--offline).</translation>
    </message>
    <message>
        <source>Every failure prints one line on stderr, starting with &quot;fentu-cli: &quot;.</source>
        <translation>Jeder Fehler gibt eine Zeile auf stderr aus, die mit &quot;fentu-cli: &quot; beginnt.</translation>
    </message>
    <message>
        <source>Sends the changes saved offline, then copies every work order into the offline cache.</source>
        <translation>Sendet die offline gespeicherten Änderungen und kopiert dann alle Arbeitsaufträge in den Offline-Cache.</translation>
    </message>
    <message>
        <source>The server refused: API key refused (401), not allowed (403), not found (404), invalid values (422, with the field), bad request (400), rate limited (429); an edit that conflicts with a newer version on the server; sync: changes saved offline that need attention.</source>
        <translation type="vanished">Der Server hat abgelehnt: API-Schlüssel abgelehnt (401), nicht erlaubt (403), nicht gefunden (404), ungültige Werte (422, mit dem Feld), fehlerhafte Anfrage (400), Anfragelimit erreicht (429); eine Änderung, die mit einer neueren Version auf dem Server kollidiert; sync: offline gespeicherte Änderungen mit Klärungsbedarf.</translation>
    </message>
    <message>
        <source>create, update and delete go through the same outbox as Fentu Desk: when the server cannot be reached, or with --offline, the change is saved on this computer (exit status 0) and sent by the next &quot;fentu-cli sync&quot; or by Fentu Desk.</source>
        <translation>create, update und delete laufen über denselben Postausgang wie Fentu Desk: Ist der Server nicht erreichbar oder wird --offline angegeben, wird die Änderung auf diesem Computer gespeichert (Exit-Status 0) und beim nächsten &quot;fentu-cli sync&quot; oder von Fentu Desk gesendet.</translation>
    </message>
    <message>
        <source>Lists the changes not yet on the server, with each one&apos;s state and reason; settles a conflict or a refused change (--keep-mine, --take-theirs, --send-again, --discard).</source>
        <translation>Listet die Änderungen auf, die noch nicht auf dem Server sind, jeweils mit Zustand und Grund; klärt einen Konflikt oder eine abgelehnte Änderung (--keep-mine, --take-theirs, --send-again, --discard).</translation>
    </message>
    <message>
        <source>The server refused: API key refused (401), not allowed (403), not found (404), invalid values (422, with the field), bad request (400), rate limited (429); an edit that conflicts with a newer version on the server; sync: changes saved offline that need attention (see fentu-cli pending).</source>
        <translation>Der Server hat abgelehnt: API-Schlüssel abgelehnt (401), nicht erlaubt (403), nicht gefunden (404), ungültige Werte (422, mit dem Feld), fehlerhafte Anfrage (400), Anfragelimit erreicht (429); eine Änderung, die mit einer neueren Version auf dem Server kollidiert; sync: offline gespeicherte Änderungen mit Klärungsbedarf (siehe fentu-cli pending).</translation>
    </message>
    <message>
        <source>Lists each technician&apos;s orders of a day or days, clashes flagged (table, csv, json, or the day sheets as PDF).</source>
        <translation>Listet die Aufträge jedes Technikers an einem oder mehreren Tagen auf, Überschneidungen markiert (table, csv, json oder die Tagesblätter als PDF).</translation>
    </message>
</context>
<context>
    <name>fentu::cli::CreateCommand</name>
    <message>
        <source>Created work order %1 (id %2), status %3.</source>
        <translation>Arbeitsauftrag %1 angelegt (ID %2), Status %3.</translation>
    </message>
    <message>
        <source>--format must be text or json</source>
        <translation>--format muss text oder json sein</translation>
    </message>
    <message>
        <source>Creates a work order on the server. The values are checked before anything is sent; --format json prints the server&apos;s answer. When the server cannot be reached (or with --offline) the order waits in the outbox.</source>
        <translation>Legt einen Arbeitsauftrag auf dem Server an. Die Werte werden geprüft, bevor etwas gesendet wird; --format json gibt die Antwort des Servers aus. Ist der Server nicht erreichbar (oder mit --offline), wartet der Auftrag im Postausgang.</translation>
    </message>
    <message>
        <source>--customer ID [options]</source>
        <translation>--customer ID [Optionen]</translation>
    </message>
</context>
<context>
    <name>fentu::cli::DeleteCommand</name>
    <message>
        <source>Deleted work order %1 (moved to the trash).</source>
        <translation>Arbeitsauftrag %1 gelöscht (in den Papierkorb verschoben).</translation>
    </message>
    <message>
        <source>The work order&apos;s id, such as wo-12345.</source>
        <translation type="vanished">Die ID des Arbeitsauftrags, z. B. wo-12345.</translation>
    </message>
    <message>
        <source>Moves one work order to the server&apos;s trash and removes it from the offline cache. When the server cannot be reached (or with --offline) the deletion waits in the outbox.</source>
        <translation>Verschiebt einen Arbeitsauftrag in den Papierkorb des Servers und entfernt ihn aus dem Offline-Cache. Ist der Server nicht erreichbar (oder mit --offline), wartet die Löschung im Postausgang.</translation>
    </message>
    <message>
        <source>The work order&apos;s id, such as wo-12345, or its number, such as WO-2026-898 (looked up in the offline cache).</source>
        <translation>Die ID des Auftrags, etwa wo-12345, oder seine Nummer, etwa WO-2026-898 (im Offline-Zwischenspeicher nachgeschlagen).</translation>
    </message>
    <message>
        <source>ID [options]</source>
        <translation>ID [Optionen]</translation>
    </message>
</context>
<context>
    <name>fentu::cli::Failure</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>validation failed</source>
        <translation>Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>the server refused the request as invalid (HTTP 400)</source>
        <translation>der Server hat die Anfrage als ungültig abgelehnt (HTTP 400)</translation>
    </message>
    <message>
        <source>the API key was refused (HTTP 401); check FENTU_API_KEY or the key saved in Fentu Desk&apos;s Settings</source>
        <translation>der API-Schlüssel wurde abgelehnt (HTTP 401); prüfen Sie FENTU_API_KEY oder den in den Einstellungen von Fentu Desk gespeicherten Schlüssel</translation>
    </message>
    <message>
        <source>the API key may not do this (HTTP 403); it may be a read-only key</source>
        <translation>der API-Schlüssel hat dafür keine Berechtigung (HTTP 403); möglicherweise hat er nur Leserechte</translation>
    </message>
    <message>
        <source>work order not found (HTTP 404)</source>
        <translation>Arbeitsauftrag nicht gefunden (HTTP 404)</translation>
    </message>
    <message>
        <source>the server has nothing at this address (HTTP 404); check the base URL, including its path (such as /api/v1)</source>
        <translation>unter dieser Adresse gibt es auf dem Server nichts (HTTP 404); prüfen Sie die Basis-URL, einschließlich des Pfads (z. B. /api/v1)</translation>
    </message>
    <message>
        <source>the server refused the changes (HTTP 422): %1</source>
        <translation>der Server hat die Änderungen abgelehnt (HTTP 422): %1</translation>
    </message>
    <message>
        <source>the server is rate limiting requests (HTTP 429); try again in %1 s</source>
        <translation>der Server begrenzt die Anfragen (HTTP 429); versuchen Sie es in %1 s erneut</translation>
    </message>
    <message>
        <source>the server is rate limiting requests (HTTP 429); try again later</source>
        <translation>der Server begrenzt die Anfragen (HTTP 429); versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>the server had a problem (HTTP %1) after %2 attempt(s)</source>
        <translation type="vanished">auf dem Server ist ein Problem aufgetreten (HTTP %1), nach %2 Versuch(en)</translation>
    </message>
    <message>
        <source>the server answered with an error (HTTP %1)</source>
        <translation>der Server hat mit einem Fehler geantwortet (HTTP %1)</translation>
    </message>
    <message>
        <source>no server is configured: pass --base-url URL or set the server in Fentu Desk&apos;s Settings</source>
        <translation>kein Server eingerichtet: Geben Sie --base-url URL an oder legen Sie den Server in den Einstellungen von Fentu Desk fest</translation>
    </message>
    <message>
        <source>the base URL must start with https:// (or http:// for a server on this computer)</source>
        <translation>die Basis-URL muss mit https:// beginnen (oder mit http:// für einen Server auf diesem Computer)</translation>
    </message>
    <message>
        <source>the base URL must not contain a user name or password; pass the API key in FENTU_API_KEY</source>
        <translation>die Basis-URL darf keinen Benutzernamen und kein Passwort enthalten; übergeben Sie den API-Schlüssel in FENTU_API_KEY</translation>
    </message>
    <message>
        <source>plain http:// is only allowed for a server on this computer; use https:// so the API key is never sent unencrypted</source>
        <translation>unverschlüsseltes http:// ist nur für einen Server auf diesem Computer zulässig; verwenden Sie https://, damit der API-Schlüssel nie unverschlüsselt gesendet wird</translation>
    </message>
    <message>
        <source>the server redirected to a different or less secure address; the redirect was not followed</source>
        <translation>der Server hat an eine andere oder weniger sichere Adresse umgeleitet; der Umleitung wurde nicht gefolgt</translation>
    </message>
    <message>
        <source>the base URL is not a valid web address</source>
        <translation>die Basis-URL ist keine gültige Webadresse</translation>
    </message>
    <message>
        <source>the configured address</source>
        <translation type="vanished">der eingestellten Adresse</translation>
    </message>
    <message>
        <source>cannot reach the server at %1: nothing is listening there</source>
        <translation>der Server unter %1 ist nicht erreichbar: dort antwortet kein Dienst</translation>
    </message>
    <message>
        <source>cannot find the server %1: the name does not resolve</source>
        <translation>der Server unter %1 wurde nicht gefunden: der Name lässt sich nicht auflösen</translation>
    </message>
    <message>
        <source>the server at %1 did not answer in time</source>
        <translation>der Server unter %1 hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>the connection to the server at %1 failed before the answer was complete</source>
        <translation>die Verbindung zum Server unter %1 ist abgebrochen, bevor die Antwort vollständig war</translation>
    </message>
    <message>
        <source>the server&apos;s TLS certificate could not be verified; the connection was not made</source>
        <translation>das TLS-Zertifikat des Servers konnte nicht geprüft werden; es wurde keine Verbindung hergestellt</translation>
    </message>
    <message>
        <source>the server sent an answer fentu-cli cannot read (%1)</source>
        <translation>der Server hat eine Antwort gesendet, die fentu-cli nicht lesen kann (%1)</translation>
    </message>
    <message>
        <source>the request was cancelled</source>
        <translation>die Anfrage wurde abgebrochen</translation>
    </message>
    <message>
        <source>offline cache: %1</source>
        <translation>Offline-Cache: %1</translation>
    </message>
    <message>
        <source>no API key is configured for this server: set FENTU_API_KEY or save the key in Fentu Desk&apos;s Settings</source>
        <translation>für diesen Server ist kein API-Schlüssel eingerichtet: Setzen Sie FENTU_API_KEY oder speichern Sie den Schlüssel in den Einstellungen von Fentu Desk</translation>
    </message>
    <message>
        <source>the base URL is not valid, so no API key can be looked up for it</source>
        <translation>die Basis-URL ist ungültig, daher kann kein API-Schlüssel für sie gesucht werden</translation>
    </message>
    <message>
        <source>the system keychain is unavailable (error %1) and FENTU_API_KEY is not set</source>
        <translation>der Schlüsselbund des Systems ist nicht verfügbar (Fehler %1) und FENTU_API_KEY ist nicht gesetzt</translation>
    </message>
    <message>
        <source>the API key could not be read</source>
        <translation>der API-Schlüssel konnte nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>the server had a problem (HTTP %1) after %n attempt(s)</source>
        <translation>
            <numerusform>auf dem Server ist ein Problem aufgetreten (HTTP %1), nach %n Versuch</numerusform>
            <numerusform>auf dem Server ist ein Problem aufgetreten (HTTP %1), nach %n Versuchen</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot reach the server: nothing is listening at the configured address</source>
        <translation>Server nicht erreichbar: Unter der eingestellten Adresse antwortet nichts</translation>
    </message>
    <message>
        <source>cannot find the server: the configured address does not resolve</source>
        <translation>Server nicht gefunden: Die eingestellte Adresse lässt sich nicht auflösen</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>the connection to the server failed before the answer was complete</source>
        <translation>die Verbindung zum Server ist abgebrochen, bevor die Antwort vollständig war</translation>
    </message>
</context>
<context>
    <name>fentu::cli::GetCommand</name>
    <message>
        <source>the order could not be saved in the offline cache: %1</source>
        <translation>der Auftrag konnte nicht im Offline-Cache gespeichert werden: %1</translation>
    </message>
    <message>
        <source>work order %1 is not in the offline cache (run fentu-cli sync, or get it without --offline)</source>
        <translation>Arbeitsauftrag %1 ist nicht im Offline-Cache (führen Sie fentu-cli sync aus oder rufen Sie ihn ohne --offline ab)</translation>
    </message>
    <message>
        <source>From the offline cache, fetched %1.</source>
        <translation>Aus dem Offline-Cache, abgerufen %1.</translation>
    </message>
    <message>
        <source>From the offline cache (list fields only), fetched %1.</source>
        <translation>Aus dem Offline-Cache (nur Listenfelder), abgerufen %1.</translation>
    </message>
    <message>
        <source>Shows one work order in full, from the server (and written through to the offline cache) or, with --offline, from the cache.</source>
        <translation>Zeigt einen Arbeitsauftrag vollständig an: vom Server (und schreibt ihn dabei in den Offline-Cache) oder, mit --offline, aus dem Cache.</translation>
    </message>
    <message>
        <source>The work order&apos;s id, such as wo-12345.</source>
        <translation type="vanished">Die ID des Arbeitsauftrags, z. B. wo-12345.</translation>
    </message>
    <message>
        <source>Reads the offline cache; the server is not contacted.</source>
        <translation>Liest den Offline-Cache; der Server wird nicht kontaktiert.</translation>
    </message>
    <message>
        <source>--format must be text or json</source>
        <translation>--format muss text oder json sein</translation>
    </message>
    <message>
        <source>The work order&apos;s id, such as wo-12345, or its number, such as WO-2026-898 (looked up in the offline cache).</source>
        <translation type="vanished">Die ID des Arbeitsauftrags, etwa wo-12345, oder seine Nummer, etwa WO-2026-898 (wird im Offline-Zwischenspeicher nachgeschlagen).</translation>
    </message>
    <message>
        <source>%1 is not in the offline cache, and the server cannot look up a number: run fentu-cli sync first, or give the id</source>
        <translation>%1 ist nicht im Offline-Zwischenspeicher, und der Server kann keine Nummer nachschlagen: zuerst fentu-cli sync ausführen oder die ID angeben</translation>
    </message>
    <message>
        <source>ID [options]</source>
        <translation>ID [Optionen]</translation>
    </message>
    <message>
        <source>The work order&apos;s id, such as wo-12345, or its number, such as WO-2026-898 (looked up in the offline cache, and when it is not there in the server&apos;s lists).</source>
        <translation>Die ID des Auftrags, etwa wo-12345, oder seine Nummer, etwa WO-2026-898 (im Offline-Zwischenspeicher nachgeschlagen und, wenn sie dort fehlt, in den Listen des Servers).</translation>
    </message>
    <message>
        <source>%1 is not among the orders on the server</source>
        <translation>%1 ist nicht unter den Aufträgen auf dem Server</translation>
    </message>
    <message>
        <source>%1 is not cached yet: reading the server&apos;s lists to find it</source>
        <translation>%1 ist noch nicht gespeichert: Die Listen des Servers werden gelesen, um den Auftrag zu finden</translation>
    </message>
</context>
<context>
    <name>fentu::cli::ListColumns</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>PRIORITY</source>
        <translation>PRIORITÄT</translation>
    </message>
    <message>
        <source>CUSTOMER ID</source>
        <translation>KUNDEN-ID</translation>
    </message>
    <message>
        <source>CUSTOMER</source>
        <translation>KUNDE</translation>
    </message>
    <message>
        <source>TECHNICIAN ID</source>
        <translation>TECHNIKER-ID</translation>
    </message>
    <message>
        <source>TECHNICIAN</source>
        <translation>TECHNIKER</translation>
    </message>
    <message>
        <source>SCHEDULED (UTC)</source>
        <translation>GEPLANT (UTC)</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTEN</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>CREATED (UTC)</source>
        <translation>ERSTELLT (UTC)</translation>
    </message>
    <message>
        <source>UPDATED (UTC)</source>
        <translation>GEÄNDERT (UTC)</translation>
    </message>
</context>
<context>
    <name>fentu::cli::ListCommand</name>
    <message>
        <source>the orders could not be saved in the offline cache: %1</source>
        <translation>die Aufträge konnten nicht im Offline-Cache gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Lists every work order that matches the filters, from the server (all pages, and written through to the offline cache) or, with --offline, from the cache. The rows come in the server&apos;s order: scheduled date, then id.</source>
        <translation>Listet alle Arbeitsaufträge auf, die den Filtern entsprechen: vom Server (alle Seiten, die dabei auch in den Offline-Cache geschrieben werden) oder, mit --offline, aus dem Cache. Die Zeilen erscheinen in der Reihenfolge des Servers: nach geplantem Termin, dann nach ID.</translation>
    </message>
    <message>
        <source>Only orders with this status: draft, open, assigned, in_progress, on_hold, completed or cancelled.</source>
        <translation>Nur Aufträge mit diesem Status: draft, open, assigned, in_progress, on_hold, completed oder cancelled.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Only this customer&apos;s orders.</source>
        <translation>Nur Aufträge dieses Kunden.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Only orders assigned to this technician.</source>
        <translation>Nur Aufträge, die diesem Techniker zugewiesen sind.</translation>
    </message>
    <message>
        <source>Only orders scheduled on or after this day (UTC).</source>
        <translation type="vanished">Nur Aufträge, die an oder nach diesem Tag geplant sind (UTC).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Only orders scheduled on or before this day (UTC).</source>
        <translation type="vanished">Nur Aufträge, die an oder vor diesem Tag geplant sind (UTC).</translation>
    </message>
    <message>
        <source>Reads the offline cache; the server is not contacted.</source>
        <translation>Liest den Offline-Cache; der Server wird nicht kontaktiert.</translation>
    </message>
    <message>
        <source>--%1 needs an id</source>
        <translation>--%1 braucht eine ID</translation>
    </message>
    <message>
        <source>--%1: expected a date as YYYY-MM-DD, such as 2024-01-27</source>
        <translation>--%1: erwartet wird ein Datum im Format JJJJ-MM-TT, z. B. 2024-01-27</translation>
    </message>
    <message>
        <source>--from is after --to: no order can match</source>
        <translation>--from liegt nach --to: kein Auftrag kann passen</translation>
    </message>
    <message>
        <source>--format must be table, csv or json</source>
        <translation type="vanished">--format muss table, csv oder json sein</translation>
    </message>
    <message>
        <source>Only orders whose number, customer, address, contact, phone, technician, type, description or notes hold every word of TEXT (the start of a word is enough; case and accents do not count). Searches the offline cache, as the window does: run sync first for the newest orders.</source>
        <translation>Nur Aufträge, deren Nummer, Kunde, Adresse, Kontakt, Telefon, Techniker, Typ, Beschreibung oder Notizen jedes Wort von TEXT enthalten (der Anfang eines Wortes genügt; Groß- und Kleinschreibung und Akzente zählen nicht). Durchsucht den Offline-Zwischenspeicher wie das Fenster: für die neuesten Aufträge zuerst sync ausführen.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>--search needs a word to look for</source>
        <translation>--search braucht ein Wort, nach dem gesucht wird</translation>
    </message>
    <message>
        <source>Only orders scheduled on or after this day (your local day).</source>
        <translation>Nur Aufträge, die an oder nach diesem Tag geplant sind (Ihr lokaler Tag).</translation>
    </message>
    <message>
        <source>Only orders scheduled on or before this day (your local day).</source>
        <translation>Nur Aufträge, die an oder vor diesem Tag geplant sind (Ihr lokaler Tag).</translation>
    </message>
    <message>
        <source>With --format xlsx: the workbook to write (the window&apos;s File &gt; Export… columns: dates as dates, durations in minutes).</source>
        <translation>Mit --format xlsx: die zu schreibende Arbeitsmappe (die Spalten von Datei &gt; Exportieren… im Fenster: Daten als Datum, Dauer in Minuten).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>--format must be table, csv, json or xlsx</source>
        <translation>--format muss table, csv, json oder xlsx sein</translation>
    </message>
    <message>
        <source>--format xlsx needs --output FILE: a workbook is not printed</source>
        <translation>--format xlsx braucht --output DATEI: eine Arbeitsmappe wird nicht ausgegeben</translation>
    </message>
    <message>
        <source>--output is for --format xlsx</source>
        <translation>--output gilt nur für --format xlsx</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>Arbeitsaufträge</translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) written to %1</source>
        <translation>
            <numerusform>%n Arbeitsauftrag nach %1 geschrieben</numerusform>
            <numerusform>%n Arbeitsaufträge nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[Optionen]</translation>
    </message>
</context>
<context>
    <name>fentu::cli::OrderDetailFormatter</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation>Aufgaben:</translation>
    </message>
</context>
<context>
    <name>fentu::cli::OrderFieldOptions</name>
    <message>
        <source>An empty value clears it.</source>
        <translation>Ein leerer Wert leert das Feld.</translation>
    </message>
    <message>
        <source>The customer&apos;s id (required).</source>
        <translation>Die ID des Kunden (erforderlich).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The contact person&apos;s id, one of the customer&apos;s.</source>
        <translation>Die ID des Ansprechpartners; er muss zum Kunden gehören.</translation>
    </message>
    <message>
        <source>The work order type, free text (such as service).</source>
        <translation>Die Art des Arbeitsauftrags, freier Text (z. B. service).</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>low, medium, high or urgent.</source>
        <translation>low, medium, high oder urgent.</translation>
    </message>
    <message>
        <source>Default: medium.</source>
        <translation>Standard: medium.</translation>
    </message>
    <message>
        <source>PRIORITY</source>
        <translation>PRIORITÄT</translation>
    </message>
    <message>
        <source>What is to be done.</source>
        <translation>Was zu tun ist.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>DATETIME</source>
        <translation>ZEITPUNKT</translation>
    </message>
    <message>
        <source>The estimated duration in whole minutes.</source>
        <translation>Die geschätzte Dauer in ganzen Minuten.</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTEN</translation>
    </message>
    <message>
        <source>The assigned technician&apos;s id.</source>
        <translation>Die ID des zugewiesenen Technikers.</translation>
    </message>
    <message>
        <source>Notes for the technician.</source>
        <translation>Notizen für den Techniker.</translation>
    </message>
    <message>
        <source>Saves the order as a draft instead of submitting it.</source>
        <translation>Speichert den Auftrag als Entwurf, statt ihn freizugeben.</translation>
    </message>
    <message>
        <source>draft, open, assigned, in_progress, on_hold, completed or cancelled.</source>
        <translation>draft, open, assigned, in_progress, on_hold, completed oder cancelled.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Moves the order to another customer&apos;s id (it cannot be cleared).</source>
        <translation>Ordnet den Auftrag einem anderen Kunden zu, angegeben durch dessen ID (kann nicht geleert werden).</translation>
    </message>
    <message>
        <source>When, in ISO 8601, such as 2024-02-01T10:00:00Z. A time with an offset is converted to UTC; one without is taken as UTC.</source>
        <translation>Zeitpunkt nach ISO 8601, z. B. 2024-02-01T10:00:00Z. Eine Zeitangabe mit Zeitzonenversatz wird in UTC umgerechnet, eine ohne gilt als UTC.</translation>
    </message>
    <message>
        <source>Sets the status to draft (the same as --status draft).</source>
        <translation>Setzt den Status auf draft (wie --status draft).</translation>
    </message>
    <message>
        <source>--draft and --status %1 contradict each other.</source>
        <translation>--draft und --status %1 widersprechen sich.</translation>
    </message>
</context>
<context>
    <name>fentu::cli::OutputFormat</name>
    <message>
        <source>Saves the change in the outbox without contacting the server; fentu-cli sync (or Fentu Desk) sends it later.</source>
        <translation>Speichert die Änderung im Postausgang, ohne den Server zu kontaktieren; fentu-cli sync (oder Fentu Desk) sendet sie später.</translation>
    </message>
    <message>
        <source>Output format: %1 (default %2).</source>
        <translation>Ausgabeformat: %1 (Standard: %2).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
</context>
<context>
    <name>fentu::cli::PendingCommand</name>
    <message>
        <source>there is no outbox entry %1 (fentu-cli pending lists them)</source>
        <translation>es gibt keinen Postausgangseintrag %1 (fentu-cli pending listet die Einträge auf)</translation>
    </message>
    <message>
        <source>conflicts were not compared with the server: %1</source>
        <translation>Konflikte wurden nicht mit dem Server verglichen: %1</translation>
    </message>
    <message>
        <source>outbox entry %1 is being sent right now; try again when it is done</source>
        <translation>Postausgangseintrag %1 wird gerade gesendet; versuchen Sie es erneut, wenn der Vorgang abgeschlossen ist</translation>
    </message>
    <message>
        <source>%1: outbox entry %2 is no conflict (it is %3); --keep-mine and --take-theirs settle conflicts, --discard gives any change up</source>
        <translation>%1: Postausgangseintrag %2 ist kein Konflikt (Zustand: %3); --keep-mine und --take-theirs klären Konflikte, --discard gibt jede Änderung auf</translation>
    </message>
    <message>
        <source>%1: outbox entry %2 has not been looked for on the server yet; run fentu-cli sync first</source>
        <translation>%1: Postausgangseintrag %2 wurde noch nicht auf dem Server gesucht; führen Sie zuerst fentu-cli sync aus</translation>
    </message>
    <message>
        <source>%1: outbox entry %2 is a conflict; settle it with --keep-mine or --take-theirs</source>
        <translation>%1: Postausgangseintrag %2 ist ein Konflikt; klären Sie ihn mit --keep-mine oder --take-theirs</translation>
    </message>
    <message>
        <source>%1: outbox entry %2 is %3: fentu-cli sync sends it</source>
        <translation>%1: Postausgangseintrag %2 (Zustand: %3) wird von fentu-cli sync gesendet</translation>
    </message>
    <message>
        <source>%1 changed on the server since its offline edit (outbox entry %2): see fentu-cli pending</source>
        <translation>%1 wurde seit der Offline-Bearbeitung auf dem Server geändert (Postausgangseintrag %2): siehe fentu-cli pending</translation>
    </message>
    <message>
        <source>outbox entry %1 (%2) needs attention: %3</source>
        <translation>Postausgangseintrag %1 (%2) hat Klärungsbedarf: %3</translation>
    </message>
    <message>
        <source>outbox entry %1 could not be discarded; it stays in the outbox</source>
        <translation>Postausgangseintrag %1 konnte nicht verworfen werden; er bleibt im Postausgang</translation>
    </message>
    <message>
        <source>Discarded outbox entry %1 (%2 of %3); it will not be sent.</source>
        <translation>Postausgangseintrag %1 (%2 von %3) verworfen; er wird nicht gesendet.</translation>
    </message>
    <message>
        <source>Kept the server&apos;s version of %1; your change (outbox entry %2) was dropped.</source>
        <translation>Die Version des Servers von %1 wurde behalten; Ihre Änderung (Postausgangseintrag %2) wurde verworfen.</translation>
    </message>
    <message>
        <source>Sent your change to %1 (outbox entry %2) over the server&apos;s version.</source>
        <translation>Ihre Änderung an %1 (Postausgangseintrag %2) wurde gesendet; sie ersetzt die Version des Servers.</translation>
    </message>
    <message>
        <source>Sent outbox entry %1 (%2 of %3) again; the server has it now.</source>
        <translation>Postausgangseintrag %1 (%2 von %3) erneut gesendet; der Server hat ihn jetzt.</translation>
    </message>
    <message>
        <source>%1 changed on the server again meanwhile; nothing was sent (outbox entry %2 waits: see fentu-cli pending)</source>
        <translation>%1 wurde inzwischen erneut auf dem Server geändert; es wurde nichts gesendet (Postausgangseintrag %2 wartet: siehe fentu-cli pending)</translation>
    </message>
    <message>
        <source>outbox entry %1: %2</source>
        <translation>Postausgangseintrag %1: %2</translation>
    </message>
    <message>
        <source>outbox entry %1 was not sent: %2; it stays in the outbox</source>
        <translation>Postausgangseintrag %1 wurde nicht gesendet: %2; er bleibt im Postausgang</translation>
    </message>
    <message>
        <source>outbox entry %1 was not sent and waits again (%2): %3</source>
        <translation>Postausgangseintrag %1 wurde nicht gesendet und wartet wieder (%2): %3</translation>
    </message>
    <message>
        <source>Outbox entry %1 stays in the outbox (%2); fentu-cli sync sends it.</source>
        <translation>Postausgangseintrag %1 bleibt im Postausgang (%2); fentu-cli sync sendet ihn.</translation>
    </message>
    <message>
        <source>Lists the outbox: the changes saved on this computer (by fentu-cli or Fentu Desk) that the server does not have yet, each with its number (SEQ), its state and the reason it waits. For a conflict the server&apos;s version is read and compared field by field (not with --offline). One of --keep-mine, --take-theirs, --send-again or --discard settles one entry instead.</source>
        <translation>Listet den Postausgang auf: die auf diesem Computer (von fentu-cli oder Fentu Desk) gespeicherten Änderungen, die der Server noch nicht hat, jeweils mit Nummer (SEQ), Zustand und dem Grund, warum sie warten. Bei einem Konflikt wird die Version des Servers gelesen und Feld für Feld verglichen (nicht mit --offline). Mit einer der Optionen --keep-mine, --take-theirs, --send-again oder --discard wird stattdessen ein einzelner Eintrag geklärt.</translation>
    </message>
    <message>
        <source>SEQ</source>
        <translation>SEQ</translation>
    </message>
    <message>
        <source>A conflict: sends your change now, over the server&apos;s version.</source>
        <translation>Bei einem Konflikt: sendet Ihre Änderung jetzt; sie ersetzt die Version des Servers.</translation>
    </message>
    <message>
        <source>A conflict: drops your change; the server&apos;s version stays and the offline cache gets it.</source>
        <translation>Bei einem Konflikt: verwirft Ihre Änderung; die Version des Servers bleibt erhalten und wird in den Offline-Cache übernommen.</translation>
    </message>
    <message>
        <source>A new work order whose answer was lost and that is not on the server, or a change the server refused: sends it once more.</source>
        <translation>Für einen neuen Arbeitsauftrag, dessen Antwort verloren ging und der nicht auf dem Server ist, oder für eine vom Server abgelehnte Änderung: sendet den Eintrag noch einmal.</translation>
    </message>
    <message>
        <source>Gives the change up: it leaves the outbox and is never sent.</source>
        <translation>Gibt die Änderung auf: Der Eintrag wird aus dem Postausgang entfernt und nie gesendet.</translation>
    </message>
    <message>
        <source>Lists the outbox without reading the server&apos;s version of conflicts.</source>
        <translation>Listet den Postausgang auf, ohne bei Konflikten die Version des Servers abzurufen.</translation>
    </message>
    <message>
        <source>--format must be text or json</source>
        <translation>--format muss text oder json sein</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an outbox entry&apos;s number (SEQ, as fentu-cli pending lists it)</source>
        <translation>%1: &quot;%2&quot; ist keine Nummer eines Postausgangseintrags (SEQ, wie fentu-cli pending sie auflistet)</translation>
    </message>
    <message>
        <source>pending: give one of --keep-mine, --take-theirs, --send-again and --discard, not %1</source>
        <translation type="vanished">pending: geben Sie nur eine der Optionen --keep-mine, --take-theirs, --send-again und --discard an, nicht %1</translation>
    </message>
    <message>
        <source>pending: %1 needs the server; leave out --offline</source>
        <translation>pending: %1 braucht den Server; lassen Sie --offline weg</translation>
    </message>
    <message>
        <source>pending: give one of --keep-mine, --take-theirs, --send-again and --discard, not several (%1)</source>
        <translation>pending: geben Sie nur eine der Optionen --keep-mine, --take-theirs, --send-again und --discard an, nicht mehrere (%1)</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[Optionen]</translation>
    </message>
</context>
<context>
    <name>fentu::cli::PendingReport</name>
    <message>
        <source>Could not compare with the server: %1</source>
        <translation>Vergleich mit dem Server nicht möglich: %1</translation>
    </message>
    <message>
        <source>Changed on the server since your edit; run &quot;fentu-cli pending&quot; without --offline to compare.</source>
        <translation>Seit Ihrer Bearbeitung auf dem Server geändert; führen Sie &quot;fentu-cli pending&quot; ohne --offline aus, um zu vergleichen.</translation>
    </message>
    <message>
        <source>Changed on the server since your edit.</source>
        <translation>Seit Ihrer Bearbeitung auf dem Server geändert.</translation>
    </message>
    <message>
        <source>The server no longer differs where this change matters: the next &quot;fentu-cli sync&quot; sends it.</source>
        <translation>Der Server weicht in den für diese Änderung wichtigen Feldern nicht mehr ab: Das nächste &quot;fentu-cli sync&quot; sendet sie.</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(nicht bekannt)</translation>
    </message>
    <message>
        <source>Changed on the server since your edit:</source>
        <translation>Seit Ihrer Bearbeitung auf dem Server geändert:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>When you edited</source>
        <translation>Bei Ihrer Bearbeitung</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre Version</translation>
    </message>
    <message>
        <source>Server now</source>
        <translation>Jetzt auf dem Server</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>possibly sent</source>
        <translation>möglicherweise gesendet</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>Klärungsbedarf</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>create</source>
        <translation>Neuanlage</translation>
    </message>
    <message>
        <source>update</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>Löschung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The outbox is empty: the server has every change.</source>
        <translation>Der Postausgang ist leer: Der Server hat alle Änderungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) saved on this computer, not yet on the server:</source>
        <translation>
            <numerusform>%n Änderung auf diesem Computer gespeichert, noch nicht auf dem Server:</numerusform>
            <numerusform>%n Änderungen auf diesem Computer gespeichert, noch nicht auf dem Server:</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1  %2  %3  %4</source>
        <translation>#%1  %2  %3  %4</translation>
    </message>
    <message>
        <source>Moves the work order to the trash.</source>
        <translation>Verschiebt den Arbeitsauftrag in den Papierkorb.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Settle an entry with fentu-cli pending --keep-mine SEQ or --take-theirs SEQ (a conflict), --send-again SEQ (possibly sent or refused), or --discard SEQ.</source>
        <translation>Klären Sie einen Eintrag mit fentu-cli pending --keep-mine SEQ oder --take-theirs SEQ (bei einem Konflikt), --send-again SEQ (möglicherweise gesendet oder abgelehnt) oder --discard SEQ.</translation>
    </message>
</context>
<context>
    <name>fentu::cli::Session</name>
    <message>
        <source>no server is configured: pass --base-url URL or set the server in Fentu Desk&apos;s Settings</source>
        <translation>kein Server eingerichtet: Geben Sie --base-url URL an oder legen Sie den Server in den Einstellungen von Fentu Desk fest</translation>
    </message>
    <message>
        <source>offline cache: %1</source>
        <translation>Offline-Cache: %1</translation>
    </message>
    <message>
        <source>working without the offline cache: %1</source>
        <translation>Arbeit ohne Offline-Cache: %1</translation>
    </message>
</context>
<context>
    <name>fentu::cli::SubcommandParser</name>
    <message>
        <source>Shows this help.</source>
        <translation>Zeigt diese Hilfe.</translation>
    </message>
    <message>
        <source>The API&apos;s base URL, path included (e.g. https://api.fentu.io/v1). Default: the server set in Fentu Desk.</source>
        <translation>Die Basis-URL der API, einschließlich Pfad (z. B. https://api.fentu.io/v1). Standard: der in Fentu Desk eingestellte Server.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The folder of the offline cache files. Default: the one Fentu Desk uses.</source>
        <translation>Der Ordner der Offline-Cache-Dateien. Standard: der Ordner, den Fentu Desk verwendet.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>Prints diagnostic logs on stderr.</source>
        <translation>Gibt Diagnoseprotokolle auf stderr aus.</translation>
    </message>
    <message>
        <source>%1: missing %2 (see fentu-cli %1 --help)</source>
        <translation>%1: %2 fehlt (siehe fentu-cli %1 --help)</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation>%1: unerwartetes Argument „%2“</translation>
    </message>
    <message>
        <source>%1: %2 must not be empty</source>
        <translation>%1: %2 darf nicht leer sein</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
</context>
<context>
    <name>fentu::cli::SyncCommand</name>
    <message>
        <source>the sync was interrupted</source>
        <translation>die Synchronisierung wurde unterbrochen</translation>
    </message>
    <message>
        <source>sync failed: %1; the previously cached orders are kept</source>
        <translation>Synchronisierung fehlgeschlagen: %1; die bisher zwischengespeicherten Aufträge bleiben erhalten</translation>
    </message>
    <message>
        <source>%1 changed on the server since your offline edit: open Fentu Desk to choose which version to keep</source>
        <translation type="vanished">%1 wurde seit Ihrer Offline-Bearbeitung auf dem Server geändert: Öffnen Sie Fentu Desk, um zu wählen, welche Version erhalten bleiben soll</translation>
    </message>
    <message>
        <source>%1 refused by the server: %2; open Fentu Desk to fix or discard the change</source>
        <translation type="vanished">%1 vom Server abgelehnt: %2; öffnen Sie Fentu Desk, um die Änderung zu korrigieren oder zu verwerfen</translation>
    </message>
    <message>
        <source>Changes saved offline sent to the server: %1.</source>
        <translation type="vanished">Offline gespeicherte Änderungen an den Server gesendet: %1.</translation>
    </message>
    <message>
        <source>the changes saved offline could not be sent: %1; they stay in the outbox</source>
        <translation>die offline gespeicherten Änderungen konnten nicht gesendet werden: %1; sie bleiben im Postausgang</translation>
    </message>
    <message>
        <source>changes saved offline that need attention: %1 (see above)</source>
        <translation type="vanished">offline gespeicherte Änderungen mit Klärungsbedarf: %1 (siehe oben)</translation>
    </message>
    <message>
        <source>%1 changed on the server since your offline edit: nothing was sent; compare with &quot;fentu-cli pending&quot;, then choose with &quot;fentu-cli pending --keep-mine %2&quot; or &quot;--take-theirs %2&quot; (or in Fentu Desk)</source>
        <translation>%1 wurde seit Ihrer Offline-Bearbeitung auf dem Server geändert: Es wurde nichts gesendet; vergleichen Sie mit &quot;fentu-cli pending&quot; und entscheiden Sie dann mit &quot;fentu-cli pending --keep-mine %2&quot; oder &quot;--take-theirs %2&quot; (oder in Fentu Desk)</translation>
    </message>
    <message>
        <source>%1: %2; send it again with &quot;fentu-cli pending --send-again %3&quot; or give it up with &quot;--discard %3&quot;</source>
        <translation>%1: %2; senden Sie den Auftrag mit &quot;fentu-cli pending --send-again %3&quot; erneut oder geben Sie ihn mit &quot;--discard %3&quot; auf</translation>
    </message>
    <message>
        <source>%1 refused by the server: %2; fix it in Fentu Desk, or give it up with &quot;fentu-cli pending --discard %3&quot;</source>
        <translation>%1 vom Server abgelehnt: %2; korrigieren Sie die Änderung in Fentu Desk oder geben Sie sie mit &quot;fentu-cli pending --discard %3&quot; auf</translation>
    </message>
    <message>
        <source>changes saved offline that need attention: %1 (see above, or fentu-cli pending)</source>
        <translation type="vanished">offline gespeicherte Änderungen mit Klärungsbedarf: %1 (siehe oben oder fentu-cli pending)</translation>
    </message>
    <message numerus="yes">
        <source>waiting for the server (rate limited), resuming in %n s</source>
        <translation>
            <numerusform>warte auf den Server (Anfragen begrenzt), weiter in %n s</numerusform>
            <numerusform>warte auf den Server (Anfragen begrenzt), weiter in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Copies every work order of the server, and its customers and technicians, into the offline cache; orders deleted on the server leave the cache. Progress is shown on a terminal; a summary is printed at the end. An interrupted or failed sync keeps the previously cached orders.</source>
        <translation type="vanished">Kopiert alle Arbeitsaufträge des Servers samt Kunden und Technikern in den Offline-Cache; auf dem Server gelöschte Aufträge werden aus dem Cache entfernt. In einem Terminal wird der Fortschritt angezeigt; am Ende wird eine Zusammenfassung ausgegeben. Bei einer unterbrochenen oder fehlgeschlagenen Synchronisierung bleiben die bisher zwischengespeicherten Aufträge erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) saved offline sent to the server.</source>
        <translation>
            <numerusform>%n offline gespeicherte Änderung an den Server gesendet.</numerusform>
            <numerusform>%n offline gespeicherte Änderungen an den Server gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) saved offline need attention (see above, or fentu-cli pending)</source>
        <translation>
            <numerusform>%n offline gespeicherte Änderung braucht Aufmerksamkeit (siehe oben, oder fentu-cli pending)</numerusform>
            <numerusform>%n offline gespeicherte Änderungen brauchen Aufmerksamkeit (siehe oben, oder fentu-cli pending)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copies every work order of the server, and its customers and technicians, into the offline cache; orders deleted on the server leave the cache. Progress is shown on a terminal; a summary is printed at the end. An interrupted or failed sync keeps the previously cached orders. Then it fetches the details (description, notes, contact and phone, tasks) of the orders that are new or changed since they were last fetched, within the window set in Fentu Desk&apos;s Settings, so that they are complete offline; an interrupted detail phase goes on where it stopped next time.</source>
        <translation>Kopiert alle Aufträge des Servers samt Kunden und Technikern in den Offline-Zwischenspeicher; auf dem Server gelöschte Aufträge verlassen ihn. Im Terminal wird der Fortschritt gezeigt, am Ende eine Zusammenfassung. Eine unterbrochene oder fehlgeschlagene Synchronisierung behält die bisher gespeicherten Aufträge. Danach holt sie die Details (Beschreibung, Notizen, Kontakt und Telefon, Aufgaben) der Aufträge, die neu sind oder sich seit dem letzten Holen geändert haben, im Zeitraum aus den Einstellungen von Fentu Desk, damit sie offline vollständig sind; ein unterbrochenes Holen der Details geht beim nächsten Mal dort weiter, wo es stehen blieb.</translation>
    </message>
    <message>
        <source>Only the lists: skip fetching the details of new and changed orders.</source>
        <translation>Nur die Listen: die Details neuer und geänderter Aufträge nicht holen.</translation>
    </message>
    <message>
        <source>the orders were synced, but fetching their details stopped after %1 of %2: %3; the next sync fetches the rest</source>
        <translation>die Aufträge wurden synchronisiert, aber das Holen ihrer Details hielt nach %1 von %2 an: %3; die nächste Synchronisierung holt den Rest</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[Optionen]</translation>
    </message>
    <message>
        <source>How long, in all, to wait for a server that asks to slow down (rate limiting) before giving up: %1 to %2 minutes (default: Fentu Desk&apos;s Settings ▸ Offline, %3).</source>
        <translation>Wie lange insgesamt auf einen Server gewartet wird, der um Verlangsamung bittet (Ratenbegrenzung), bevor aufgegeben wird: %1 bis %2 Minuten (Vorgabe: Fentu Desks Einstellungen ▸ Offline, %3).</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTEN</translation>
    </message>
    <message>
        <source>--max-wait must be a whole number of minutes from %1 to %2</source>
        <translation>--max-wait muss eine ganze Zahl von Minuten von %1 bis %2 sein</translation>
    </message>
    <message numerus="yes">
        <source>the server kept asking to slow down (rate limiting), longer than the %n minute(s) a sync waits for it (--max-wait, or Fentu Desk&apos;s Settings ▸ Offline)</source>
        <translation>
            <numerusform>der Server hat länger um Verlangsamung gebeten (Ratenbegrenzung) als die %n Minute, die eine Synchronisierung wartet (--max-wait oder Fentu Desks Einstellungen ▸ Offline)</numerusform>
            <numerusform>der Server hat länger um Verlangsamung gebeten (Ratenbegrenzung) als die %n Minuten, die eine Synchronisierung wartet (--max-wait oder Fentu Desks Einstellungen ▸ Offline)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fentu::cli::SyncSummary</name>
    <message>
        <source>Syncing… %1 orders</source>
        <translation type="vanished">Synchronisierung… %1 Aufträge</translation>
    </message>
    <message>
        <source>Syncing… %1 / %2 orders</source>
        <translation type="vanished">Synchronisierung… %1 / %2 Aufträge</translation>
    </message>
    <message>
        <source>Sync complete: %1 orders written, %2 removed, %3 customers and %4 technicians refreshed, in %5 s.</source>
        <translation type="vanished">Synchronisierung abgeschlossen: %1 Aufträge geschrieben, %2 entfernt, %3 Kunden und %4 Techniker aktualisiert, in %5 s.</translation>
    </message>
    <message>
        <source>Sync complete: %1 orders written, %2 removed, in %3 s (this server has no customer or technician list).</source>
        <translation type="vanished">Synchronisierung abgeschlossen: %1 Aufträge geschrieben, %2 entfernt, in %3 s (dieser Server bietet keine Kunden- oder Technikerliste).</translation>
    </message>
    <message>
        <source>The server&apos;s list changed during the sync, so no order was removed; sync again to remove deleted orders.</source>
        <translation>Die Liste des Servers hat sich während der Synchronisierung geändert, daher wurde kein Auftrag entfernt; synchronisieren Sie erneut, um gelöschte Aufträge zu entfernen.</translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %1 order(s)</source>
        <translation>
            <numerusform>Synchronisiere… %1 Auftrag</numerusform>
            <numerusform>Synchronisiere… %1 Aufträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %1 / %2 order(s)</source>
        <translation>
            <numerusform>Synchronisiere… %1 / %2 Auftrag</numerusform>
            <numerusform>Synchronisiere… %1 / %2 Aufträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync complete in %1 s.</source>
        <translation>Synchronisierung in %1 s abgeschlossen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 order(s) written.</source>
        <translation>
            <numerusform>%1 Auftrag geschrieben.</numerusform>
            <numerusform>%1 Aufträge geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 order(s) removed.</source>
        <translation>
            <numerusform>%1 Auftrag entfernt.</numerusform>
            <numerusform>%1 Aufträge entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s) refreshed.</source>
        <translation>
            <numerusform>%1 Kunde aktualisiert.</numerusform>
            <numerusform>%1 Kunden aktualisiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 technician(s) refreshed.</source>
        <translation>
            <numerusform>%1 Techniker aktualisiert.</numerusform>
            <numerusform>%1 Techniker aktualisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>This server has no customer or technician list.</source>
        <translation>Dieser Server hat keine Kunden- oder Technikerliste.</translation>
    </message>
    <message numerus="yes">
        <source>%1 order detail(s) fetched.</source>
        <translation>
            <numerusform>%1 Auftragsdetail geholt.</numerusform>
            <numerusform>%1 Auftragsdetails geholt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching details… %1 / %2</source>
        <translation>Details werden geholt… %1 / %2</translation>
    </message>
</context>
<context>
    <name>fentu::cli::UpdateCommand</name>
    <message>
        <source>Updated work order %1 (id %2).</source>
        <translation>Arbeitsauftrag %1 geändert (ID %2).</translation>
    </message>
    <message>
        <source>The work order&apos;s id, such as wo-12345.</source>
        <translation type="vanished">Die ID des Arbeitsauftrags, z. B. wo-12345.</translation>
    </message>
    <message>
        <source>--format must be text or json</source>
        <translation>--format muss text oder json sein</translation>
    </message>
    <message>
        <source>update: nothing to change; give at least one field option (see fentu-cli update --help)</source>
        <translation>update: nichts zu ändern; geben Sie mindestens eine Feldoption an (siehe fentu-cli update --help)</translation>
    </message>
    <message>
        <source>Changes the given fields of a work order on the server; the others stay as they are. An empty value (--technician &quot;&quot;) clears an optional field. --format json prints the server&apos;s answer. When the server cannot be reached (or with --offline) the change waits in the outbox.</source>
        <translation>Ändert die angegebenen Felder eines Arbeitsauftrags auf dem Server; die übrigen bleiben unverändert. Ein leerer Wert (--technician &quot;&quot;) leert ein optionales Feld. --format json gibt die Antwort des Servers aus. Ist der Server nicht erreichbar (oder mit --offline), wartet die Änderung im Postausgang.</translation>
    </message>
    <message>
        <source>The work order&apos;s id, such as wo-12345, or its number, such as WO-2026-898 (looked up in the offline cache).</source>
        <translation>Die ID des Auftrags, etwa wo-12345, oder seine Nummer, etwa WO-2026-898 (im Offline-Zwischenspeicher nachgeschlagen).</translation>
    </message>
    <message>
        <source>ID [options]</source>
        <translation>ID [Optionen]</translation>
    </message>
</context>
<context>
    <name>fentu::cli::WriteReport</name>
    <message>
        <source>Saved offline as %1; it will be sent when the server is back (fentu-cli sync, or Fentu Desk).</source>
        <translation>Offline gespeichert als %1; wird gesendet, sobald der Server wieder erreichbar ist (fentu-cli sync oder Fentu Desk).</translation>
    </message>
    <message>
        <source>%1 changed on the server since the version this edit started from; nothing was sent: check it (fentu-cli get %2) and try again</source>
        <translation>%1 wurde auf dem Server geändert, seit die Version abgerufen wurde, auf der diese Änderung beruht; es wurde nichts gesendet: Prüfen Sie den Auftrag (fentu-cli get %2) und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the change was not saved</source>
        <translation>die Änderung wurde nicht gespeichert</translation>
    </message>
</context>
</TS>
