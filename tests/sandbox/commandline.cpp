#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace fentu::sandbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fentu-sandbox", text);
}

struct Number
{
    const QCommandLineOption &option;
    double min;
    double max;
    bool whole = true;
};

// Reports only the first bad option: `error` is left alone once set.
std::optional<double> number(const QCommandLineParser &parser, const Number &spec, QString *error)
{
    const QString text = parser.value(spec.option);
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (ok && value >= spec.min && value <= spec.max && (!spec.whole || value == qint64(value)))
        return value;
    if (error->isEmpty()) {
        *error = (spec.whole ? tr("--%1 must be a whole number from %2 to %3, not \"%4\"")
                             : tr("--%1 must be a number from %2 to %3, not \"%4\""))
                     .arg(spec.option.names().constFirst())
                     .arg(spec.min, 0, 'f', 0)
                     .arg(spec.max, 0, 'f', 0)
                     .arg(text);
    }
    return std::nullopt;
}

QString withDefault(const QString &text, const QString &value)
{
    return text + u' ' + tr("Default: %1.").arg(value);
}

} // namespace

std::optional<Options> CommandLine::parse(const QStringList &arguments, QString *error)
{
    const Options defaults;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A local, SQLite-backed Fentu FSM Work Orders API with seeded demo data and "
           "optional fault injection. Prints base-url:, key: and read-only-key: lines once "
           "it listens."));
    parser.addHelpOption();
    parser.addVersionOption();

    const QString none = u"0"_s;
    const QCommandLineOption port(u"port"_s,
                                  withDefault(tr("TCP port; 0 picks a free one."), u"8642"_s),
                                  tr("port"), u"8642"_s);
    const QCommandLineOption address(u"address"_s,
                                     withDefault(tr("IP address to listen on."), u"127.0.0.1"_s),
                                     tr("address"), u"127.0.0.1"_s);
    const QCommandLineOption key(u"key"_s,
                                 withDefault(tr("API key with full access."), defaults.key),
                                 tr("key"), defaults.key);
    const QCommandLineOption readOnlyKey(
        u"read-only-key"_s,
        withDefault(tr("API key that may only read (writes answer 403)."), defaults.readOnlyKey),
        tr("key"), defaults.readOnlyKey);
    const QCommandLineOption orders(u"orders"_s,
                                    withDefault(tr("Work orders to seed into an empty database."),
                                                QString::number(defaults.orders)),
                                    tr("count"), QString::number(defaults.orders));
    const QCommandLineOption seed(u"seed"_s,
                                  withDefault(tr("Seed of the demo data and of the fault draws."),
                                              QString::number(defaults.seed)),
                                  tr("seed"), QString::number(defaults.seed));
    const QCommandLineOption db(
        u"db"_s,
        withDefault(tr("SQLite file; kept across runs and seeded only when empty."),
                    defaults.databasePath),
        tr("file"), defaults.databasePath);
    const QCommandLineOption anchor(
        u"anchor-date"_s,
        withDefault(tr("\"Today\" for the demo data, YYYY-MM-DD."), tr("the current UTC date")),
        tr("date"));
    const QCommandLineOption latency(
        u"latency"_s,
        withDefault(tr("Wait this many milliseconds before carrying out each request."), none),
        tr("ms"), none);
    const QCommandLineOption errorRate(
        u"error-rate"_s,
        withDefault(tr("Share of requests (0-1) answered 500 with an HTML page."), none),
        tr("share"), none);
    const QCommandLineOption rateLimit(
        u"rate-limit"_s,
        withDefault(tr("Share of requests (0-1) answered 429 with Retry-After."), none),
        tr("share"), none);
    const QCommandLineOption retryAfter(
        u"retry-after"_s, withDefault(tr("Retry-After of the 429 answers, in seconds."), u"1"_s),
        tr("seconds"), u"1"_s);
    const QCommandLineOption malformedRate(
        u"malformed-rate"_s,
        withDefault(tr("Share of requests (0-1) carried out, then answered 200 with broken JSON."),
                    none),
        tr("share"), none);
    const QCommandLineOption truncateRate(
        u"truncate-rate"_s,
        withDefault(tr("Share of requests (0-1) carried out, then their answer cut in half and "
                       "the connection closed."),
                    none),
        tr("share"), none);
    const QCommandLineOption lostAnswerRate(
        u"lost-answer-rate"_s,
        withDefault(tr("Share of write requests (0-1) carried out, then the connection closed "
                       "before any byte of the answer."),
                    none),
        tr("share"), none);
    const QCommandLineOption slowFirstByte(
        u"slow-first-byte"_s,
        withDefault(tr("Hold back the status line of every answer by this many milliseconds."),
                    none),
        tr("ms"), none);
    parser.addOptions({port, address, key, readOnlyKey, orders, seed, db, anchor, latency,
                       errorRate, rateLimit, retryAfter, malformedRate, truncateRate,
                       lostAnswerRate, slowFirstByte});
    parser.process(arguments);

    Options options;
    error->clear();
    const auto portValue = number(parser, {port, 0, 65535}, error);
    const auto ordersValue = number(parser, {orders, 0, 1000000}, error);
    const auto seedValue = number(parser, {seed, 0, 4294967295.0}, error);
    const auto latencyValue = number(parser, {latency, 0, 600000}, error);
    const auto errorValue = number(parser, {errorRate, 0, 1, false}, error);
    const auto rateValue = number(parser, {rateLimit, 0, 1, false}, error);
    const auto retryValue = number(parser, {retryAfter, 0, 86400}, error);
    const auto malformedValue = number(parser, {malformedRate, 0, 1, false}, error);
    const auto truncateValue = number(parser, {truncateRate, 0, 1, false}, error);
    const auto lostAnswerValue = number(parser, {lostAnswerRate, 0, 1, false}, error);
    const auto firstByteValue = number(parser, {slowFirstByte, 0, 600000}, error);
    if (!portValue || !ordersValue || !seedValue || !latencyValue || !errorValue || !rateValue ||
        !retryValue || !malformedValue || !truncateValue || !lostAnswerValue || !firstByteValue) {
        return std::nullopt;
    }
    if (!options.address.setAddress(parser.value(address))) {
        *error = tr("--address must be an IP address, not \"%1\"").arg(parser.value(address));
        return std::nullopt;
    }
    if (parser.isSet(anchor)) {
        options.anchorDate = QDate::fromString(parser.value(anchor), Qt::ISODate);
        if (!options.anchorDate.isValid()) {
            *error = tr("--anchor-date must be a date written YYYY-MM-DD");
            return std::nullopt;
        }
    }
    options.port = quint16(*portValue);
    options.orders = int(*ordersValue);
    options.seed = quint32(*seedValue);
    options.key = parser.value(key);
    options.readOnlyKey = parser.value(readOnlyKey);
    options.databasePath = parser.value(db);
    options.faults.latencyMs = int(*latencyValue);
    options.faults.serverErrorShare = *errorValue;
    options.faults.rateLimitShare = *rateValue;
    options.faults.retryAfterSeconds = int(*retryValue);
    options.faults.malformedShare = *malformedValue;
    options.faults.truncatedShare = *truncateValue;
    options.faults.lostAnswerShare = *lostAnswerValue;
    options.faults.slowFirstByteMs = int(*firstByteValue);
    return options;
}

} // namespace fentu::sandbox
