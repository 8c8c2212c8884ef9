#include "api/fastorderpage.h"

#include "api/jsonslices.h"
#include "domain/codec.h"
#include "domain/isodatetime.h"

#include <simdjson.h>

#include <cmath>
#include <string_view>

namespace fentu {

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

// Real answers nest six deep (envelope, data, order, customer, contacts, contact);
// QJsonDocument refuses past 1024. Anything deeper than this is left to it, so that both
// decoders never disagree about what is too deep.
constexpr size_t kMaxDepth = 32;
// simdjson's buffers grow to about 14 times the largest body parsed and stay with the thread:
// a list page is about 60 KB. A bigger body takes the codec's path (it allows 64 MiB).
constexpr qsizetype kMaxFastBodyBytes = 8 * 1024 * 1024;

/// Each decoder below returns false for anything outside the ordinary case; the caller then
/// gives up on the whole page (the slow path words the error, or accepts what is odd but
/// valid).
class FieldSet
{
public:
    /// False when `bit` was seen already in this object: a duplicate key.
    bool first(unsigned bit)
    {
        const unsigned mask = 1u << bit;
        if (m_seen & mask)
            return false;
        m_seen |= mask;
        return true;
    }
    bool has(unsigned bit) const { return m_seen & (1u << bit); }

private:
    unsigned m_seen = 0;
};

QString text(std::string_view view)
{
    return QString::fromUtf8(view.data(), qsizetype(view.size()));
}

/// An optional string: null is empty.
bool readString(element value, QString &out)
{
    if (value.type() == element_type::NULL_VALUE) {
        out.clear();
        return true;
    }
    std::string_view view;
    if (value.get_string().get(view))
        return false;
    out = text(view);
    return true;
}

/// The id every object must carry: a present, non-empty string.
bool readId(element value, QString &out)
{
    std::string_view view;
    if (value.get_string().get(view) || view.empty())
        return false;
    out = text(view);
    return true;
}

/// An optional timestamp: null and "" are no time; text that is not one is not ordinary.
bool readDateTime(element value, QDateTime &out)
{
    QString string;
    if (!readString(value, string))
        return false;
    if (string.isEmpty()) {
        out = QDateTime();
        return true;
    }
    out = parseIsoDateTime(string);
    return out.isValid();
}

/// An optional whole number in [min, max], read as QJsonValue reads numbers (as a double).
bool readWhole(element value, qint64 min, qint64 max, std::optional<qint64> &out)
{
    double number = 0;
    switch (value.type()) {
    case element_type::NULL_VALUE:
        out.reset();
        return true;
    case element_type::INT64:
        number = double(value.get_int64().value_unsafe());
        break;
    case element_type::UINT64:
        number = double(value.get_uint64().value_unsafe());
        break;
    case element_type::DOUBLE:
        number = value.get_double().value_unsafe();
        break;
    default:
        return false;
    }
    if (!std::isfinite(number) || std::trunc(number) != number || number < double(min) ||
        number > double(max))
        return false;
    out = qint64(number);
    return true;
}

bool readContact(element value, Contact &contact)
{
    simdjson::dom::object object;
    if (value.get_object().get(object))
        return false;
    enum : unsigned
    {
        Id,
        Name,
        Phone,
        Email
    };
    FieldSet seen;
    for (const simdjson::dom::key_value_pair field : object) {
        bool ok = true;
        if (field.key == "id")
            ok = seen.first(Id) && readId(field.value, contact.id);
        else if (field.key == "name")
            ok = seen.first(Name) && readString(field.value, contact.name);
        else if (field.key == "phone")
            ok = seen.first(Phone) && readString(field.value, contact.phone);
        else if (field.key == "email")
            ok = seen.first(Email) && readString(field.value, contact.email);
        if (!ok)
            return false;
    }
    return seen.has(Id);
}

bool readCustomer(element value, Customer &customer)
{
    simdjson::dom::object object;
    if (value.get_object().get(object))
        return false;
    enum : unsigned
    {
        Id,
        Name,
        Address,
        Contacts
    };
    FieldSet seen;
    for (const simdjson::dom::key_value_pair field : object) {
        bool ok = true;
        if (field.key == "id") {
            ok = seen.first(Id) && readId(field.value, customer.id);
        } else if (field.key == "name") {
            ok = seen.first(Name) && readString(field.value, customer.name);
        } else if (field.key == "address") {
            ok = seen.first(Address) && readString(field.value, customer.address);
        } else if (field.key == "contacts") {
            ok = seen.first(Contacts);
            if (ok && field.value.type() != element_type::NULL_VALUE) {
                simdjson::dom::array contacts;
                if (field.value.get_array().get(contacts))
                    return false; // not an array: `contacts` is not one to walk
                for (const element item : contacts) {
                    Contact contact;
                    if (!readContact(item, contact))
                        return false;
                    customer.contacts.append(std::move(contact));
                }
            }
        }
        if (!ok)
            return false;
    }
    return seen.has(Id);
}

bool readTechnician(element value, Technician &technician)
{
    simdjson::dom::object object;
    if (value.get_object().get(object))
        return false;
    enum : unsigned
    {
        Id,
        Name,
        Active
    };
    FieldSet seen;
    for (const simdjson::dom::key_value_pair field : object) {
        bool ok = true;
        if (field.key == "id") {
            ok = seen.first(Id) && readId(field.value, technician.id);
        } else if (field.key == "name") {
            ok = seen.first(Name) && readString(field.value, technician.name);
        } else if (field.key == "active") {
            ok = seen.first(Active);
            if (ok && field.value.type() != element_type::NULL_VALUE)
                ok = !field.value.get_bool().get(technician.active);
        }
        if (!ok)
            return false;
    }
    return seen.has(Id);
}

bool readSummary(element value, WorkOrderSummary &order)
{
    simdjson::dom::object object;
    if (value.get_object().get(object))
        return false;
    enum : unsigned
    {
        Id,
        Number,
        StatusField,
        PriorityField,
        CustomerField,
        TechnicianField,
        Scheduled,
        Duration,
        Type,
        Created,
        Updated
    };
    FieldSet seen;
    for (const simdjson::dom::key_value_pair field : object) {
        const std::string_view key = field.key;
        bool ok = true;
        if (key == "id") {
            ok = seen.first(Id) && readId(field.value, order.id);
        } else if (key == "work_order_number") {
            ok = seen.first(Number) && readString(field.value, order.number);
        } else if (key == "status") {
            ok = seen.first(StatusField) && readString(field.value, order.statusText);
        } else if (key == "priority") {
            ok = seen.first(PriorityField) && readString(field.value, order.priorityText);
        } else if (key == "customer") {
            ok = seen.first(CustomerField) && (field.value.type() == element_type::NULL_VALUE ||
                                               readCustomer(field.value, order.customer));
        } else if (key == "technician") {
            ok = seen.first(TechnicianField);
            if (ok && field.value.type() != element_type::NULL_VALUE) {
                Technician technician;
                ok = readTechnician(field.value, technician);
                order.technician = std::move(technician);
            }
        } else if (key == "scheduled_date") {
            ok = seen.first(Scheduled) && readDateTime(field.value, order.scheduledDate);
        } else if (key == "estimated_duration") {
            std::optional<qint64> minutes;
            ok = seen.first(Duration) &&
                 readWhole(field.value, 0, codec::kMaxEstimatedMinutes, minutes);
            if (minutes)
                order.estimatedDuration = int(*minutes);
        } else if (key == "work_order_type") {
            ok = seen.first(Type) && readString(field.value, order.workOrderType);
        } else if (key == "created_at") {
            ok = seen.first(Created) && readDateTime(field.value, order.createdAt);
        } else if (key == "updated_at") {
            ok = seen.first(Updated) && readDateTime(field.value, order.updatedAt);
        }
        if (!ok)
            return false;
    }
    if (!seen.has(Id))
        return false;
    order.status = statusFromApi(order.statusText).value_or(Status::Unknown);
    order.priority = priorityFromApi(order.priorityText).value_or(Priority::Unknown);
    return true;
}

bool readMeta(element value, PageMeta &meta)
{
    simdjson::dom::object object;
    if (value.get_object().get(object))
        return false;
    enum : unsigned
    {
        Current,
        Pages,
        Count
    };
    FieldSet seen;
    for (const simdjson::dom::key_value_pair field : object) {
        std::optional<qint64> number;
        bool ok = true;
        if (field.key == "current_page") {
            // 0 is allowed, as the codec allows it.
            ok = seen.first(Current) && readWhole(field.value, 0, codec::kMaxCount, number);
            meta.currentPage = int(number.value_or(1));
        } else if (field.key == "total_pages") {
            ok = seen.first(Pages) && readWhole(field.value, 0, codec::kMaxCount, number);
            meta.totalPages = int(number.value_or(0));
        } else if (field.key == "total_count") {
            ok = seen.first(Count) && readWhole(field.value, 0, codec::kMaxCount, number);
            meta.totalCount = int(number.value_or(0));
        }
        if (!ok)
            return false;
    }
    return true;
}

/// The decode thread's parser, or null when it could not be made with the depth limit.
simdjson::dom::parser *threadsParser()
{
    // One per decode thread, reused page after page: its buffers grow to the largest page
    // once instead of being allocated for every one.
    thread_local simdjson::dom::parser parser;
    thread_local bool ready = parser.allocate(64 * 1024, kMaxDepth) == simdjson::SUCCESS;
    return ready ? &parser : nullptr;
}

} // namespace

std::optional<ReceivedOrderPage> decodeOrderPageFast(const QByteArray &body)
{
    if (body.size() > kMaxFastBodyBytes)
        return std::nullopt;
    simdjson::dom::parser *parser = threadsParser();
    element root;
    if (!parser || parser->parse(body.constData(), size_t(body.size())).get(root))
        return std::nullopt;
    simdjson::dom::object envelope;
    if (root.get_object().get(envelope))
        return std::nullopt;
    ReceivedOrderPage received;
    enum : unsigned
    {
        Data,
        Meta
    };
    FieldSet seen;
    for (const simdjson::dom::key_value_pair field : envelope) {
        if (field.key == "data") {
            simdjson::dom::array items;
            if (!seen.first(Data) || field.value.get_array().get(items))
                return std::nullopt;
            received.page.items.reserve(qsizetype(items.size()));
            for (const element item : items) {
                WorkOrderSummary order;
                if (!readSummary(item, order))
                    return std::nullopt;
                received.page.items.append(std::move(order));
            }
        } else if (field.key == "meta") {
            if (!seen.first(Meta) || !readMeta(field.value, received.page.meta))
                return std::nullopt;
        }
    }
    if (!seen.has(Data) || !seen.has(Meta))
        return std::nullopt;
    auto itemJson = jsonslices::arrayElements(body, "data");
    if (!itemJson || itemJson->size() != received.page.items.size())
        return std::nullopt;
    received.itemJson = std::move(*itemJson);
    return received;
}

} // namespace fentu
