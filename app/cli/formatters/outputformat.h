#pragma once

#include <QCommandLineOption>
#include <QString>
#include <QStringList>

#include <optional>

namespace fentu::cli {

/// How a command prints its result: table, csv and json for lists (and xlsx, written to a
/// file); text and json for one order.
enum class OutputFormat
{
    Table,
    Csv,
    Json,
    Text,
    Xlsx, // a workbook file (--output), not printed
};

/// The format named `text`, if it is one of `allowed`.
std::optional<OutputFormat> parseOutputFormat(const QString &text,
                                              const QList<OutputFormat> &allowed);
QString outputFormatName(OutputFormat format);
/// The --format option offering `allowed`, the first being the default.
QCommandLineOption outputFormatOption(const QList<OutputFormat> &allowed);
/// The --offline option of the write commands (create, update, delete): queue in the outbox.
QCommandLineOption offlineWriteOption();

} // namespace fentu::cli
