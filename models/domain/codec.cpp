#include "domain/codec.h"

#include "domain/isodatetime.h"
#include "domain/jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <limits>

using namespace Qt::StringLiterals;

namespace fentu::codec {

namespace {

using Need = JsonReader::Need;

template <typename T> Decoded<T> finish(const JsonReader &in, T value)
{
    return in.hasError() ? Decoded<T>::fail(in.error()) : Decoded<T>::ok(std::move(value));
}

template <typename T> using DecoderAt = Decoded<T> (*)(const QJsonValue &, const QString &);

/// Decodes every element, stopping at the first bad one so the error names its index.
template <typename T>
QList<T> readList(JsonReader &in, QLatin1StringView key, Need need, DecoderAt<T> decode)
{
    const QJsonArray array = in.array(key, need);
    const QString path = in.fieldPath(key);
    QList<T> items;
    items.reserve(array.size());
    for (qsizetype i = 0; i < array.size() && !in.hasError(); ++i) {
        Decoded<T> item = decode(array.at(i), JsonReader::elementPath(path, i));
        if (item)
            items.append(std::move(item).value());
        else
            in.fail(item.error());
    }
    return items;
}

/// Decodes an optional nested object; nullopt when it is not given or is bad.
template <typename T>
std::optional<T> readNested(JsonReader &in, QLatin1StringView key, DecoderAt<T> decode)
{
    const std::optional<QJsonObject> object = in.object(key);
    if (!object)
        return std::nullopt;
    Decoded<T> nested = decode(*object, in.fieldPath(key));
    if (!nested) {
        in.fail(nested.error());
        return std::nullopt;
    }
    return std::move(nested).value();
}

std::optional<int> readDuration(JsonReader &in)
{
    const std::optional<qint64> minutes =
        in.integer("estimated_duration"_L1, 0, kMaxEstimatedMinutes);
    return minutes ? std::optional<int>(static_cast<int>(*minutes)) : std::nullopt;
}

Decoded<Contact> contactAt(const QJsonValue &value, const QString &path)
{
    JsonReader in(value, path);
    Contact contact;
    contact.id = in.id("id"_L1);
    contact.name = in.string("name"_L1);
    contact.phone = in.string("phone"_L1);
    contact.email = in.string("email"_L1);
    return finish(in, std::move(contact));
}

Decoded<Customer> customerAt(const QJsonValue &value, const QString &path)
{
    JsonReader in(value, path);
    Customer customer;
    customer.id = in.id("id"_L1);
    customer.name = in.string("name"_L1);
    customer.address = in.string("address"_L1);
    customer.contacts = readList<Contact>(in, "contacts"_L1, Need::Optional, contactAt);
    return finish(in, std::move(customer));
}

Decoded<Technician> technicianAt(const QJsonValue &value, const QString &path)
{
    JsonReader in(value, path);
    Technician technician;
    technician.id = in.id("id"_L1);
    technician.name = in.string("name"_L1);
    technician.active = in.boolean("active"_L1).value_or(true);
    return finish(in, std::move(technician));
}

Decoded<Task> taskAt(const QJsonValue &value, const QString &path)
{
    JsonReader in(value, path);
    Task task;
    task.id = in.id("id"_L1);
    task.name = in.string("name"_L1);
    task.status = in.string("status"_L1);
    return finish(in, std::move(task));
}

Decoded<PageMeta> metaAt(const QJsonValue &value, const QString &path)
{
    JsonReader in(value, path);
    PageMeta meta;
    // 0 is allowed for current_page: a zero-based server is odd, not hostile.
    meta.currentPage = static_cast<int>(in.integer("current_page"_L1, 0, kMaxCount).value_or(1));
    meta.totalPages = static_cast<int>(in.integer("total_pages"_L1, 0, kMaxCount).value_or(0));
    meta.totalCount = static_cast<int>(in.integer("total_count"_L1, 0, kMaxCount).value_or(0));
    return finish(in, meta);
}

void readSummaryFields(JsonReader &in, WorkOrderSummary &order)
{
    order.id = in.id("id"_L1);
    order.number = in.string("work_order_number"_L1);
    order.statusText = in.string("status"_L1);
    order.status = statusFromApi(order.statusText).value_or(Status::Unknown);
    order.priorityText = in.string("priority"_L1);
    order.priority = priorityFromApi(order.priorityText).value_or(Priority::Unknown);
    order.customer = readNested<Customer>(in, "customer"_L1, customerAt).value_or(Customer{});
    order.technician = readNested<Technician>(in, "technician"_L1, technicianAt);
    order.scheduledDate = in.dateTime("scheduled_date"_L1);
    order.estimatedDuration = readDuration(in);
    order.workOrderType = in.string("work_order_type"_L1);
    order.createdAt = in.dateTime("created_at"_L1);
    order.updatedAt = in.dateTime("updated_at"_L1);
    order.raw = in.object();
}

Decoded<WorkOrderSummary> summaryAt(const QJsonValue &value, const QString &path)
{
    JsonReader in(value, path);
    WorkOrderSummary order;
    readSummaryFields(in, order);
    return finish(in, std::move(order));
}

Decoded<WorkOrder> workOrderAt(const QJsonValue &value, const QString &path)
{
    JsonReader in(value, path);
    WorkOrder order;
    readSummaryFields(in, order);
    order.description = in.string("description"_L1);
    order.notes = in.string("notes"_L1);
    order.contact = readNested<Contact>(in, "contact"_L1, contactAt);
    order.tasks = readList<Task>(in, "tasks"_L1, Need::Optional, taskAt);
    return finish(in, std::move(order));
}

template <typename T> Decoded<Page<T>> pageAt(const QJsonObject &envelope, DecoderAt<T> decode)
{
    JsonReader in(envelope, QString());
    Page<T> page;
    page.items = readList<T>(in, "data"_L1, Need::Required, decode);
    if (const std::optional<QJsonObject> meta = in.object("meta"_L1, Need::Required)) {
        Decoded<PageMeta> decoded = metaAt(*meta, in.fieldPath("meta"_L1));
        if (decoded)
            page.meta = decoded.value();
        else
            in.fail(decoded.error());
    }
    return finish(in, std::move(page));
}

template <typename T> Decoded<T> singleAt(const QJsonObject &envelope, DecoderAt<T> decode)
{
    JsonReader in(envelope, QString());
    if (const std::optional<QJsonObject> data = in.object("data"_L1, Need::Required))
        return decode(*data, in.fieldPath("data"_L1));
    return Decoded<T>::fail(in.error());
}

/// Index of the first byte that is not JSON whitespace, or -1.
qsizetype firstContentByte(const QByteArray &body)
{
    for (qsizetype i = 0; i < body.size(); ++i) {
        const char c = body.at(i);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return i;
    }
    return -1;
}

} // namespace

Decoded<QJsonObject> parseObject(const QByteArray &body, qsizetype maxBytes)
{
    using Result = Decoded<QJsonObject>;
    // Checked before parsing so a hostile body never costs more than reading its size.
    if (body.size() > maxBytes)
        return Result::fail(
            u"response body of %1 bytes is over the limit of %2 bytes"_s.arg(body.size())
                .arg(maxBytes));
    const qsizetype start = firstContentByte(body);
    if (start < 0)
        return Result::fail(u"empty response body, expected a JSON object"_s);

    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        // Proxies and misconfigured servers answer with HTML pages; say so instead of
        // reporting a syntax error at byte 0.
        if (body.at(start) == '<')
            return Result::fail(u"expected JSON, got what looks like an HTML page"_s);
        return Result::fail(
            u"invalid JSON at byte %1: %2"_s.arg(error.offset).arg(error.errorString()));
    }
    if (!document.isObject())
        return Result::fail(u"expected a JSON object at the top level, got %1"_s.arg(
            document.isArray() ? u"an array"_s : u"a bare value"_s));
    return Result::ok(document.object());
}

Decoded<WorkOrderSummary> decodeWorkOrderSummary(const QJsonValue &value)
{
    return summaryAt(value, QString());
}

Decoded<WorkOrder> decodeWorkOrder(const QJsonValue &value)
{
    return workOrderAt(value, QString());
}

Decoded<Customer> decodeCustomer(const QJsonValue &value)
{
    return customerAt(value, QString());
}

Decoded<Contact> decodeContact(const QJsonValue &value)
{
    return contactAt(value, QString());
}

Decoded<Technician> decodeTechnician(const QJsonValue &value)
{
    return technicianAt(value, QString());
}

Decoded<PageMeta> decodeMeta(const QJsonValue &value)
{
    return metaAt(value, QString());
}

Decoded<Page<WorkOrderSummary>> decodeWorkOrderPage(const QJsonObject &envelope)
{
    return pageAt<WorkOrderSummary>(envelope, summaryAt);
}

Decoded<Page<Customer>> decodeCustomerPage(const QJsonObject &envelope)
{
    return pageAt<Customer>(envelope, customerAt);
}

Decoded<Page<Technician>> decodeTechnicianPage(const QJsonObject &envelope)
{
    return pageAt<Technician>(envelope, technicianAt);
}

Decoded<WorkOrder> decodeWorkOrderEnvelope(const QJsonObject &envelope)
{
    return singleAt<WorkOrder>(envelope, workOrderAt);
}

Decoded<Customer> decodeCustomerEnvelope(const QJsonObject &envelope)
{
    return singleAt<Customer>(envelope, customerAt);
}

QJsonValue encodeDateTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return QJsonValue(QJsonValue::Null);
    return formatIsoDateTime(utc);
}

QDateTime parseDateTime(QStringView text)
{
    return parseIsoDateTime(text);
}

QJsonObject encode(const NewWorkOrder &order)
{
    QJsonObject json;
    const auto putText = [&json](QLatin1StringView key, const QString &text) {
        if (!text.isEmpty())
            json.insert(key, text);
    };
    putText("customer_id"_L1, order.customerId);
    putText("contact_id"_L1, order.contactId);
    putText("work_order_type"_L1, order.workOrderType);
    putText("priority"_L1, priorityToApi(order.priority)); // empty for Unknown
    putText("description"_L1, order.description);
    putText("scheduled_date"_L1, formatIsoDateTime(order.scheduledDate));
    if (order.estimatedDuration)
        json.insert("estimated_duration"_L1, *order.estimatedDuration);
    putText("technician_id"_L1, order.technicianId);
    putText("notes"_L1, order.notes);
    if (order.draft)
        json.insert("status"_L1, statusToApi(Status::Draft));
    return json;
}

NewWorkOrder decodeNewWorkOrder(const QJsonObject &body)
{
    NewWorkOrder order;
    order.customerId = body.value("customer_id"_L1).toString();
    order.contactId = body.value("contact_id"_L1).toString();
    order.workOrderType = body.value("work_order_type"_L1).toString();
    order.priority =
        priorityFromApi(body.value("priority"_L1).toString()).value_or(Priority::Unknown);
    order.description = body.value("description"_L1).toString();
    order.scheduledDate = parseDateTime(body.value("scheduled_date"_L1).toString());
    if (body.value("estimated_duration"_L1).isDouble())
        order.estimatedDuration = body.value("estimated_duration"_L1).toInt();
    order.technicianId = body.value("technician_id"_L1).toString();
    order.notes = body.value("notes"_L1).toString();
    order.draft = body.value("status"_L1).toString() == statusToApi(Status::Draft);
    return order;
}

} // namespace fentu::codec
