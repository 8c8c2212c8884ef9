#include "api/fastorderpage.h"

#include "api/jsonslices.h"
#include "domain/codec.h"
#include "domain/isodatetime.h"

#include <simdjson.h>

#include <algorithm>
#include <array>
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

/// Walks the members of the object `value`: `member(index, value)` reads the one named
/// `keys[index]` (false: not the ordinary case); other members are ignored, as the codec
/// ignores them. False when `value` is not an object, when a known member comes twice, or
/// when `member` says so. `seen` tells which known members came.
template <std::size_t N, typename Member>
bool readObject(element value, const std::array<std::string_view, N> &keys, FieldSet &seen,
                Member &&member)
{
    static_assert(N <= 32, "FieldSet holds 32 members");
    simdjson::dom::object object;
    if (value.get_object().get(object))
        return false;
    for (const simdjson::dom::key_value_pair field : object) {
        const auto known = std::find(keys.begin(), keys.end(), field.key);
        if (known == keys.end())
            continue;
        const auto index = unsigned(known - keys.begin());
        if (!seen.first(index) || !member(index, field.value))
            return false;
    }
    return true;
}

bool readContact(element value, Contact &contact)
{
    enum : unsigned
    {
        Id,
        Name,
        Phone,
        Email
    };
    static constexpr std::array<std::string_view, 4> keys{"id", "name", "phone", "email"};
    FieldSet seen;
    return readObject(value, keys, seen,
                      [&](unsigned field, element member) {
                          switch (field) {
                          case Id:
                              return readId(member, contact.id);
                          case Name:
                              return readString(member, contact.name);
                          case Phone:
                              return readString(member, contact.phone);
                          default:
                              return readString(member, contact.email);
                          }
                      }) &&
           seen.has(Id);
}

/// An optional array of contacts: null is none.
bool readContacts(element value, QList<Contact> &contacts)
{
    if (value.type() == element_type::NULL_VALUE)
        return true;
    simdjson::dom::array items;
    if (value.get_array().get(items))
        return false; // not an array: nothing to walk
    for (const element item : items) {
        Contact contact;
        if (!readContact(item, contact))
            return false;
        contacts.append(std::move(contact));
    }
    return true;
}

bool readCustomer(element value, Customer &customer)
{
    enum : unsigned
    {
        Id,
        Name,
        Address,
        Contacts
    };
    static constexpr std::array<std::string_view, 4> keys{"id", "name", "address", "contacts"};
    FieldSet seen;
    return readObject(value, keys, seen,
                      [&](unsigned field, element member) {
                          switch (field) {
                          case Id:
                              return readId(member, customer.id);
                          case Name:
                              return readString(member, customer.name);
                          case Address:
                              return readString(member, customer.address);
                          default:
                              return readContacts(member, customer.contacts);
                          }
                      }) &&
           seen.has(Id);
}

bool readTechnician(element value, Technician &technician)
{
    enum : unsigned
    {
        Id,
        Name,
        Active
    };
    static constexpr std::array<std::string_view, 3> keys{"id", "name", "active"};
    FieldSet seen;
    return readObject(value, keys, seen,
                      [&](unsigned field, element member) {
                          switch (field) {
                          case Id:
                              return readId(member, technician.id);
                          case Name:
                              return readString(member, technician.name);
                          default: // null is the default, active
                              return member.type() == element_type::NULL_VALUE ||
                                     !member.get_bool().get(technician.active);
                          }
                      }) &&
           seen.has(Id);
}

/// An optional technician: null is none.
bool readOptionalTechnician(element value, std::optional<Technician> &technician)
{
    if (value.type() == element_type::NULL_VALUE)
        return true;
    technician.emplace();
    return readTechnician(value, *technician);
}

bool readDuration(element value, std::optional<int> &duration)
{
    std::optional<qint64> minutes;
    if (!readWhole(value, 0, codec::kMaxEstimatedMinutes, minutes))
        return false;
    if (minutes)
        duration = int(*minutes);
    return true;
}

bool readSummary(element value, WorkOrderSummary &order)
{
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
    static constexpr std::array<std::string_view, 11> keys{"id",
                                                           "work_order_number",
                                                           "status",
                                                           "priority",
                                                           "customer",
                                                           "technician",
                                                           "scheduled_date",
                                                           "estimated_duration",
                                                           "work_order_type",
                                                           "created_at",
                                                           "updated_at"};
    FieldSet seen;
    const bool ordinary = readObject(value, keys, seen, [&](unsigned field, element member) {
        switch (field) {
        case Id:
            return readId(member, order.id);
        case Number:
            return readString(member, order.number);
        case StatusField:
            return readString(member, order.statusText);
        case PriorityField:
            return readString(member, order.priorityText);
        case CustomerField: // null is no customer
            return member.type() == element_type::NULL_VALUE ||
                   readCustomer(member, order.customer);
        case TechnicianField:
            return readOptionalTechnician(member, order.technician);
        case Scheduled:
            return readDateTime(member, order.scheduledDate);
        case Duration:
            return readDuration(member, order.estimatedDuration);
        case Type:
            return readString(member, order.workOrderType);
        case Created:
            return readDateTime(member, order.createdAt);
        default:
            return readDateTime(member, order.updatedAt);
        }
    });
    if (!ordinary || !seen.has(Id))
        return false;
    order.status = statusFromApi(order.statusText).value_or(Status::Unknown);
    order.priority = priorityFromApi(order.priorityText).value_or(Priority::Unknown);
    return true;
}

bool readMeta(element value, PageMeta &meta)
{
    static constexpr std::array<std::string_view, 3> keys{"current_page", "total_pages",
                                                          "total_count"};
    // 0 is allowed for current_page, as the codec allows it; a missing member keeps the
    // codec's default (1, 0, 0).
    int *const targets[] = {&meta.currentPage, &meta.totalPages, &meta.totalCount};
    FieldSet seen;
    return readObject(value, keys, seen, [&](unsigned field, element member) {
        std::optional<qint64> number;
        if (!readWhole(member, 0, codec::kMaxCount, number))
            return false;
        if (number)
            *targets[field] = int(*number);
        return true;
    });
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
