#include "sync/conflict.h"

#include "sync/orderfields.h"

using namespace Qt::StringLiterals;

namespace fentu {

namespace {

// The name `names` knows for the id `value` of `field`; empty when it knows none.
QString knownName(const QString &field, const QJsonValue &value, const NameBook &names)
{
    const QString id = value.toString();
    if (id.isEmpty())
        return {};
    if (field == "technician_id"_L1)
        return names.technicians.value(id);
    if (field == "contact_id"_L1)
        return names.contacts.value(id);
    return {};
}

} // namespace

QString Conflict::displayText(const QString &field, const QJsonValue &value, const WorkOrder &order)
{
    if (field == "technician_id"_L1 && order.technician && !order.technician->name.isEmpty() &&
        order.technician->id == value.toString())
        return order.technician->name;
    if (field == "contact_id"_L1 && order.contact && !order.contact->name.isEmpty() &&
        order.contact->id == value.toString())
        return order.contact->name;
    return OrderFields::displayValue(field, value);
}

void Conflict::nameIds(const NameBook &names)
{
    for (ConflictField &f : fields) {
        if (const QString name = knownName(f.field, f.mine, names); !name.isEmpty())
            f.mineText = name;
        if (const QString name = knownName(f.field, f.base, names); f.baseKnown && !name.isEmpty())
            f.baseText = name;
        // The server's own name wins; the book only fills in where the answer had none.
        if (const QString name = knownName(f.field, f.theirs, names);
            !name.isEmpty() && f.theirsText == OrderFields::displayValue(f.field, f.theirs))
            f.theirsText = name;
    }
}

bool Conflict::sameSecond(const QDateTime &a, const QDateTime &b)
{
    return a.isValid() && b.isValid() && a.toSecsSinceEpoch() == b.toSecsSinceEpoch();
}

std::optional<Conflict> Conflict::detect(const QString &orderId, const QJsonObject &mine,
                                         const QJsonObject &baseValues, const WorkOrder &theirs)
{
    Conflict conflict;
    conflict.orderId = orderId;
    conflict.mine = mine;
    conflict.theirs = theirs;
    bool anyChangedOnServer = false;
    QStringList fields = OrderFields::editable();
    for (auto it = mine.begin(); it != mine.end(); ++it) {
        if (!fields.contains(it.key()))
            fields.append(it.key()); // a field this version cannot name still gets a row
    }
    // A change of customer takes the old customer's contact away (the server keeps no contact of
    // another customer): when the server still has the customer the user saw, whatever contact
    // it holds is the old customer's, so an unknown earlier contact is nothing to ask about.
    const QString customerField = u"customer_id"_s;
    const bool customerReplaced =
        mine.contains(customerField) && baseValues.contains(customerField) &&
        OrderFields::sameValue(customerField, baseValues.value(customerField),
                               OrderFields::wireValue(theirs, customerField));
    for (const QString &field : std::as_const(fields)) {
        if (!mine.contains(field))
            continue;
        ConflictField f;
        f.field = field;
        f.label = OrderFields::label(field);
        f.mine = mine.value(field);
        f.theirs = OrderFields::wireValue(theirs, field);
        if (OrderFields::sameValue(field, f.mine, f.theirs))
            continue; // both sides agree: nothing to choose
        f.baseKnown = baseValues.contains(field);
        if (f.baseKnown) {
            f.base = baseValues.value(field);
            f.changedOnServer = !OrderFields::sameValue(field, f.base, f.theirs);
            f.baseText = OrderFields::displayValue(field, f.base);
        } else if (field == u"contact_id"_s && customerReplaced) {
            f.changedOnServer = false;
        }
        f.mineText = OrderFields::displayValue(field, f.mine);
        f.theirsText = displayText(field, f.theirs, theirs);
        anyChangedOnServer = anyChangedOnServer || f.changedOnServer;
        conflict.fields.append(f);
    }
    if (!anyChangedOnServer)
        return std::nullopt;
    return conflict;
}

} // namespace fentu
