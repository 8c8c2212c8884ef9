<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>fentu::ApiError</name>
    <message>
        <source>the configured address</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>fentu::LaunchOptions</name>
    <message>
        <source>Fentu Desk: a desktop client for the Fentu FSM Work Orders API.
The API key is read from the FENTU_API_KEY environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API&apos;s base URL, e.g. https://api.fentu.io/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
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
        <source>&amp;Settings…</source>
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
        <source>No server configured: start with --base-url and FENTU_API_KEY (Settings arrive next).</source>
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
        <source>Copies every work order into the offline cache.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>The server refused: API key refused (401), not allowed (403), not found (404), invalid values (422, with the field), bad request (400), rate limited (429).</source>
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
</context>
<context>
    <name>fentu::cli::CreateCommand</name>
    <message>
        <source>the new order could not be fetched for the offline cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new order could not be saved in the offline cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created work order %1 (id %2), status %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::cli::CreateCommandLine</name>
    <message>
        <source>Creates a work order on the server. The values are checked before anything is sent; --format json prints the server&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be text or json</source>
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
        <source>the order could not be removed from the offline cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::cli::DeleteCommandLine</name>
    <message>
        <source>Moves one work order to the server&apos;s trash and removes it from the offline cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work order&apos;s id, such as wo-12345.</source>
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
        <source>the server had a problem (HTTP %1) after %2 attempt(s)</source>
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
        <source>the configured address</source>
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
</context>
<context>
    <name>fentu::cli::GetCommandLine</name>
    <message>
        <source>Shows one work order in full, from the server (and written through to the offline cache) or, with --offline, from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work order&apos;s id, such as wo-12345.</source>
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
</context>
<context>
    <name>fentu::cli::ListCommandLine</name>
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
        <source>Only orders scheduled on or after this day (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only orders scheduled on or before this day (UTC).</source>
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
        <source>--format must be table, csv or json</source>
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
        <source>When, in ISO 8601 (such as 2024-02-01T10:00:00Z; an offset is converted to UTC).</source>
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
</context>
<context>
    <name>fentu::cli::OutputFormat</name>
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
    <name>fentu::cli::PendingEditGuard</name>
    <message>
        <source>work order %1 has changes made offline in Fentu Desk that are not sent yet; open Fentu Desk to send them first</source>
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
</context>
<context>
    <name>fentu::cli::SyncCommandLine</name>
    <message>
        <source>Copies every work order of the server, and its customers and technicians, into the offline cache; orders deleted on the server leave the cache. Progress is shown on a terminal; a summary is printed at the end. An interrupted or failed sync keeps the previously cached orders.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::cli::SyncSummary</name>
    <message>
        <source>Syncing… %1 orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing… %1 / %2 orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync complete: %1 orders written, %2 removed, %3 customers and %4 technicians refreshed, in %5 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync complete: %1 orders written, %2 removed, in %3 s (this server has no customer or technician list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s list changed during the sync, so no order was removed; sync again to remove deleted orders.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::cli::UpdateCommand</name>
    <message>
        <source>the change could not be saved in the offline cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated work order %1 (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fentu::cli::UpdateCommandLine</name>
    <message>
        <source>Changes the given fields of a work order on the server; the others stay as they are. An empty value (--technician &quot;&quot;) clears an optional field. --format json prints the server&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work order&apos;s id, such as wo-12345.</source>
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
</context>
</TS>
