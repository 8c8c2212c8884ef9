#pragma once

#include "export/csvformat.h"

namespace fentu::cli {

/// fentu-cli's csv output is the same RFC 4180 CSV as the window's export.
using CsvFormatter = fentu::CsvFormat;

} // namespace fentu::cli
