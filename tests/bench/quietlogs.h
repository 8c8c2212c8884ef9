#pragma once

namespace fentu::bench {

/// Keeps the report readable: the client's debug and info lines ("full sync started"...) and the
/// offscreen platform's known-harmless warnings are dropped, unless QT_LOGGING_RULES says
/// otherwise; every other warning still shows.
void quietenLogs();

} // namespace fentu::bench
