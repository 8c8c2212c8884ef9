#include "views/viewjson.h"

#include "domain/status.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <array>

using namespace Qt::StringLiterals;

namespace fentu::viewjson {

namespace {

// The order of WorkOrderTableModel::Column; the keys are part of the file format.
constexpr std::array kColumnKeys = {"number"_L1,   "status"_L1,     "priority"_L1,
                                    "customer"_L1, "technician"_L1, "scheduled"_L1,
                                    "duration"_L1, "type"_L1,       "created"_L1};

constexpr auto kFormatKey = "fentu_desk_view"_L1; // its value: the format's version
constexpr int kFormatVersion = 1;
constexpr qsizetype kMaxNameLength = 80;
constexpr int kMaxColumnWidth = 4000;

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

/// Reads a view from a checked JSON object; the first problem found ends it.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(fentu::ViewFile)
public:
    explicit Reader(const QJsonObject &object) : m_object(object) {}

    ReadResult read()
    {
        SavedView view;
        readName(view);
        readFilter(view);
        readSearchAndSort(view);
        readColumns(view);
        readBoard(view);
        if (!m_error.isEmpty())
            return {std::nullopt, m_error};
        return {view, {}};
    }

private:
    void fail(const QString &why)
    {
        if (m_error.isEmpty())
            m_error = why;
    }

    /// A string member, or empty; anything else present is a problem.
    QString text(const QJsonObject &object, QLatin1StringView key)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isString())
            fail(tr("“%1” should be text.").arg(key));
        return value.toString();
    }

    bool flag(const QJsonObject &object, QLatin1StringView key)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return false;
        if (!value.isBool())
            fail(tr("“%1” should be true or false.").arg(key));
        return value.toBool();
    }

    QDate date(const QJsonObject &object, QLatin1StringView key)
    {
        const QString value = text(object, key);
        if (value.isEmpty())
            return {};
        const QDate parsed = QDate::fromString(value, Qt::ISODate);
        if (!parsed.isValid())
            fail(tr("“%1” is not a date written as YYYY-MM-DD.").arg(value));
        return parsed;
    }

    void readName(SavedView &view)
    {
        view.name = text(m_object, "name"_L1).trimmed();
        if (view.name.isEmpty())
            fail(tr("The view has no name."));
        else if (view.name.size() > kMaxNameLength)
            fail(tr("The view's name is longer than %1 characters.").arg(kMaxNameLength));
    }

    void readFilter(SavedView &view)
    {
        const QJsonValue value = m_object.value("filter"_L1);
        if (value.isUndefined() || value.isNull())
            return;
        if (!value.isObject()) {
            fail(tr("“filter” should be an object."));
            return;
        }
        const QJsonObject filter = value.toObject();
        WorkOrderFilter &f = view.filter;
        if (const QString status = text(filter, "status"_L1); !status.isEmpty()) {
            f.status = statusFromApi(status);
            if (!f.status || *f.status == Status::Unknown)
                fail(tr("“%1” is not a work order status.").arg(status));
        }
        f.customerId = text(filter, "customer_id"_L1);
        f.customerName = text(filter, "customer_name"_L1);
        f.technicianId = text(filter, "technician_id"_L1);
        f.technicianName = text(filter, "technician_name"_L1);
        f.hideClosed = flag(filter, "hide_closed"_L1);
        const QString rule = text(filter, "dates"_L1);
        if (!rule.isEmpty()) {
            const auto known = dateRuleFromKey(rule);
            if (!known)
                fail(tr("“%1” is not a kind of dates this version knows.").arg(rule));
            view.dateRule = known.value_or(DateRule::Fixed);
        }
        if (view.dateRule == DateRule::Fixed) {
            f.fromDate = date(filter, "from"_L1);
            f.toDate = date(filter, "to"_L1);
            if (f.fromDate.isValid() && f.toDate.isValid() && f.fromDate > f.toDate)
                fail(tr("The view's dates end before they start."));
        }
    }

    void readSearchAndSort(SavedView &view)
    {
        view.search = text(m_object, "search"_L1);
        const QJsonValue value = m_object.value("sort"_L1);
        if (value.isUndefined() || value.isNull())
            return;
        if (!value.isObject()) {
            fail(tr("“sort” should be an object."));
            return;
        }
        const QJsonObject sort = value.toObject();
        const QString key = text(sort, "column"_L1);
        view.sortColumn = columnFromKey(key);
        if (view.sortColumn < 0)
            fail(tr("“%1” is not a column of the list.").arg(key));
        const QString order = text(sort, "order"_L1);
        if (order == "descending"_L1)
            view.sortOrder = Qt::DescendingOrder;
        else if (!order.isEmpty() && order != "ascending"_L1)
            fail(tr("The sort order should be “ascending” or “descending”."));
    }

    void readColumns(SavedView &view)
    {
        const QJsonValue value = m_object.value("columns"_L1);
        if (value.isUndefined() || value.isNull())
            return;
        if (!value.isArray()) {
            fail(tr("“columns” should be a list."));
            return;
        }
        QList<int> seen;
        bool anyShown = false;
        for (const QJsonValue &entry : value.toArray()) {
            if (!entry.isObject()) {
                fail(tr("Each of the columns should be an object."));
                return;
            }
            const QJsonObject object = entry.toObject();
            const QString key = text(object, "column"_L1);
            ViewColumn column;
            column.column = columnFromKey(key);
            if (column.column < 0) {
                fail(tr("“%1” is not a column of the list.").arg(key));
                return;
            }
            if (seen.contains(column.column)) {
                fail(tr("The column “%1” is listed twice.").arg(key));
                return;
            }
            seen.append(column.column);
            const QJsonValue width = object.value("width"_L1);
            if (!width.isUndefined()) {
                const double pixels = width.toDouble(-1);
                if (!width.isDouble() || pixels < 0 || pixels > kMaxColumnWidth) {
                    fail(tr("The width of the column “%1” should be a number of pixels from 0 "
                            "to %2.")
                             .arg(key)
                             .arg(kMaxColumnWidth));
                    return;
                }
                column.width = int(pixels);
            }
            column.hidden = flag(object, "hidden"_L1);
            anyShown = anyShown || !column.hidden;
            view.columns.append(column);
        }
        if (!view.columns.isEmpty() && !anyShown)
            fail(tr("The view hides every column."));
    }

    void readBoard(SavedView &view)
    {
        const QJsonValue value = m_object.value("board"_L1);
        if (value.isUndefined() || value.isNull())
            return;
        if (!value.isObject()) {
            fail(tr("“board” should be an object."));
            return;
        }
        const QJsonObject object = value.toObject();
        ViewBoard board;
        board.shown = flag(object, "shown"_L1);
        board.clashesOnly = flag(object, "clashes_only"_L1);
        const QJsonValue days = object.value("days"_L1);
        if (!days.isUndefined()) {
            board.days = days.toInt(0);
            if (board.days != 1 && board.days != 7 && board.days != 14)
                fail(tr("The board shows 1, 7 or 14 days."));
        }
        const QJsonValue technicians = object.value("technicians"_L1);
        if (!technicians.isUndefined() && !technicians.isNull()) { // null: everyone, as absent
            if (!technicians.isArray()) {
                fail(tr("The board's “technicians” should be a list of technician ids."));
                return;
            }
            for (const QJsonValue &id : technicians.toArray()) {
                if (!id.isString() || id.toString().isEmpty()) {
                    fail(tr("The board's “technicians” should be a list of technician ids."));
                    return;
                }
                board.technicians << id.toString();
            }
        }
        view.board = board;
    }

    QJsonObject m_object;
    QString m_error;
};

} // namespace

QString columnKey(int column)
{
    if (column < 0 || column >= int(kColumnKeys.size()))
        return {};
    return kColumnKeys.at(size_t(column));
}

int columnFromKey(const QString &key)
{
    for (size_t i = 0; i < kColumnKeys.size(); ++i) {
        if (key == kColumnKeys.at(i))
            return int(i);
    }
    return -1;
}

QJsonObject toObject(const SavedView &view)
{
    QJsonObject object;
    object.insert(kFormatKey, kFormatVersion);
    object.insert("name"_L1, view.name);

    const WorkOrderFilter &f = view.filter;
    QJsonObject filter;
    if (f.status && *f.status != Status::Unknown)
        filter.insert("status"_L1, statusToApi(*f.status));
    const auto insertText = [&filter](QLatin1StringView key, const QString &value) {
        if (!value.isEmpty())
            filter.insert(key, value);
    };
    insertText("customer_id"_L1, f.customerId);
    insertText("customer_name"_L1, f.customerName);
    insertText("technician_id"_L1, f.technicianId);
    insertText("technician_name"_L1, f.technicianName);
    filter.insert("dates"_L1, dateRuleKey(view.dateRule));
    if (view.dateRule == DateRule::Fixed) {
        insertText("from"_L1, isoDate(f.fromDate));
        insertText("to"_L1, isoDate(f.toDate));
    }
    filter.insert("hide_closed"_L1, f.hideClosed);
    object.insert("filter"_L1, filter);

    if (!view.search.isEmpty())
        object.insert("search"_L1, view.search);
    if (const QString key = columnKey(view.sortColumn); !key.isEmpty()) {
        object.insert("sort"_L1, QJsonObject{{"column"_L1, key},
                                             {"order"_L1, view.sortOrder == Qt::DescendingOrder
                                                              ? u"descending"_s
                                                              : u"ascending"_s}});
    }
    if (!view.columns.isEmpty()) {
        QJsonArray columns;
        for (const ViewColumn &column : view.columns) {
            QJsonObject entry{{"column"_L1, columnKey(column.column)}, {"width"_L1, column.width}};
            if (column.hidden)
                entry.insert("hidden"_L1, true);
            columns.append(entry);
        }
        object.insert("columns"_L1, columns);
    }
    if (view.board) {
        QJsonObject board{{"shown"_L1, view.board->shown},
                          {"days"_L1, view.board->days},
                          {"clashes_only"_L1, view.board->clashesOnly}};
        if (!view.board->technicians.isEmpty())
            board.insert("technicians"_L1, QJsonArray::fromStringList(view.board->technicians));
        object.insert("board"_L1, board);
    }
    return object;
}

QByteArray toFile(const SavedView &view)
{
    return QJsonDocument(toObject(view)).toJson(QJsonDocument::Indented);
}

ReadResult fromObject(const QJsonObject &object)
{
    const QJsonValue version = object.value(kFormatKey);
    if (!version.isDouble())
        return {std::nullopt, Reader::tr("The file is not a Fentu Desk view.")};
    if (version.toInt() > kFormatVersion) {
        return {std::nullopt,
                Reader::tr("The view was saved by a newer version of Fentu Desk; update "
                           "this one to read it.")};
    }
    return Reader(object).read();
}

ReadResult fromFile(const QByteArray &bytes)
{
    if (bytes.size() > MaxFileBytes)
        return {std::nullopt, Reader::tr("The file is too large to be a view (over %1 KB).")
                                  .arg(MaxFileBytes / 1024)};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        return {std::nullopt,
                Reader::tr("The file is not a Fentu Desk view: it is not valid JSON (%1 at "
                           "character %2).")
                    .arg(error.errorString())
                    .arg(error.offset)};
    }
    if (!document.isObject())
        return {std::nullopt, Reader::tr("The file is not a Fentu Desk view.")};
    return fromObject(document.object());
}

QByteArray listToJson(const QList<SavedView> &views, const QJsonArray &unreadable)
{
    QJsonArray list;
    for (const SavedView &view : views) {
        QJsonObject object = toObject(view);
        object.insert("id"_L1, view.id);
        list.append(object);
    }
    for (const QJsonValue &entry : unreadable)
        list.append(entry);
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

QList<SavedView> listFromJson(const QByteArray &bytes, QJsonArray *unreadable)
{
    QList<SavedView> views;
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    for (const QJsonValue &entry : document.array()) {
        const QJsonObject object = entry.toObject();
        ReadResult read = fromObject(object);
        if (!read.view) {
            // Edited by hand, or from a newer version: the others still count, and this one
            // is kept as it is for the version that reads it.
            if (unreadable && entry.isObject())
                unreadable->append(entry);
            continue;
        }
        read.view->id = object.value("id"_L1).toString();
        if (read.view->id.isEmpty())
            read.view->id = SavedView::newId();
        views.append(*read.view);
    }
    return views;
}

} // namespace fentu::viewjson
