#include "outputformat.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace fentu::cli {

std::optional<OutputFormat> parseOutputFormat(const QString &text,
                                              const QList<OutputFormat> &allowed)
{
    for (const OutputFormat format : allowed) {
        if (text.trimmed().compare(outputFormatName(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

QString outputFormatName(OutputFormat format)
{
    switch (format) {
    case OutputFormat::Table:
        return u"table"_s;
    case OutputFormat::Csv:
        return u"csv"_s;
    case OutputFormat::Json:
        return u"json"_s;
    case OutputFormat::Text:
        return u"text"_s;
    case OutputFormat::Xlsx:
        return u"xlsx"_s;
    }
    return {};
}

QCommandLineOption outputFormatOption(const QList<OutputFormat> &allowed)
{
    QStringList names;
    for (const OutputFormat format : allowed)
        names.append(outputFormatName(format));
    return QCommandLineOption(
        u"format"_s,
        QCoreApplication::translate("fentu::cli::OutputFormat", "Output format: %1 (default %2).")
            .arg(names.join(u", "_s), names.value(0)),
        QCoreApplication::translate("fentu::cli::OutputFormat", "FORMAT"), names.value(0));
}

QCommandLineOption offlineWriteOption()
{
    // This file's translation context, as for --format: one translation serves all three.
    return QCommandLineOption(
        u"offline"_s,
        QCoreApplication::translate("fentu::cli::OutputFormat",
                                    "Saves the change in the outbox without contacting the server; "
                                    "fentu-cli sync (or Fentu Desk) sends it later."));
}

} // namespace fentu::cli
