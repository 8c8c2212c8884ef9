#include "demojobs.h"

#include <QHash>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace fentu::sandbox {

namespace {

QString pick(QRandomGenerator &random, const QStringList &list)
{
    return list.at(int(random.bounded(quint32(list.size()))));
}

const QStringList equipment{u"rooftop unit"_s,     u"boiler"_s,
                            u"water heater"_s,     u"walk-in cooler"_s,
                            u"ice machine"_s,      u"heat pump"_s,
                            u"exhaust fan"_s,      u"backflow preventer"_s,
                            u"fire alarm panel"_s, u"standby generator"_s,
                            u"air handler"_s,      u"chiller"_s,
                            u"split AC system"_s,  u"grease trap"_s,
                            u"sprinkler system"_s, u"furnace"_s};

const QStringList locations{u"main office"_s, u"warehouse"_s,      u"kitchen"_s, u"server room"_s,
                            u"basement"_s,    u"2nd floor"_s,      u"lobby"_s,   u"loading dock"_s,
                            u"east wing"_s,   u"mechanical room"_s};

const QHash<QString, QStringList> descriptions{
    {u"service"_s,
     {u"Scheduled service of {what} in {where}"_s, u"Quarterly service: {what}"_s,
      u"Service call - {what} making noise ({where})"_s, u"Check and adjust {what} settings"_s}},
    {u"repair"_s,
     {u"Repair leaking {what} in {where}"_s, u"{what} not working - diagnose and repair"_s,
      u"Replace faulty control board on {what}"_s,
      u"Repair {what} after failed inspection ({where})"_s}},
    {u"installation"_s,
     {u"Install new {what} in {where}"_s, u"Replace old {what} with high-efficiency model"_s,
      u"Install thermostat and wiring for {what}"_s, u"Commission newly installed {what}"_s}},
    {u"inspection"_s,
     {u"Annual inspection of {what}"_s, u"Safety inspection: {what} in {where}"_s,
      u"Insurance inspection - {what}"_s, u"Code compliance check of {what}"_s}},
    {u"maintenance"_s,
     {u"Annual HVAC maintenance ({where})"_s, u"Preventive maintenance on {what}"_s,
      u"Replace filters and clean coils on {what}"_s, u"Lubricate and tune {what} in {where}"_s}},
    {u"emergency"_s,
     {u"EMERGENCY: {what} failed in {where}"_s, u"No heat in building - {what} down"_s,
      u"Water leak from {what} in {where}, urgent"_s, u"After-hours call: {what} alarm"_s}},
};

const QHash<QString, QStringList> taskLists{
    {u"service"_s,
     {u"Check refrigerant levels"_s, u"Inspect belts and pulleys"_s, u"Test controls"_s,
      u"Clean condensate drain"_s, u"Record readings"_s}},
    {u"repair"_s,
     {u"Diagnose fault"_s, u"Order replacement part"_s, u"Replace part"_s, u"Test operation"_s,
      u"Clean up work area"_s}},
    {u"installation"_s,
     {u"Site survey"_s, u"Remove old unit"_s, u"Mount and connect new unit"_s, u"Pressure test"_s,
      u"Commission and hand over"_s}},
    {u"inspection"_s,
     {u"Visual inspection"_s, u"Functional test"_s, u"Check safety devices"_s,
      u"Photograph findings"_s, u"Write inspection report"_s}},
    {u"maintenance"_s,
     {u"Inspect filters"_s, u"Replace filters"_s, u"Clean coils"_s, u"Lubricate motors"_s,
      u"Check thermostat calibration"_s}},
    {u"emergency"_s,
     {u"Make safe"_s, u"Isolate supply"_s, u"Temporary fix"_s, u"Quote permanent repair"_s}},
};

const QStringList noteTexts{u"Customer requests morning appointment"_s,
                            u"Gate code 4821"_s,
                            u"Call ahead - dog on premises"_s,
                            u"Park in the rear lot, use service entrance"_s,
                            u"Ask for the facilities manager on arrival"_s,
                            u"Bring ladder for roof access"_s,
                            u"Invoice to head office, PO required"_s,
                            u"Previous visit: part on back order"_s,
                            u"Tenant occupied - knock before entering"_s,
                            u"Sign in at security desk"_s};

} // namespace

const QStringList &DemoJobs::types()
{
    static const QStringList list{u"service"_s,    u"repair"_s,      u"installation"_s,
                                  u"inspection"_s, u"maintenance"_s, u"emergency"_s};
    return list;
}

QString DemoJobs::type(QRandomGenerator &random)
{
    // Weighted: routine work dominates, emergencies are rare.
    static const QList<int> weights{25, 25, 10, 15, 20, 5};
    int roll = int(random.bounded(100u));
    for (int i = 0; i < weights.size(); ++i) {
        roll -= weights.at(i);
        if (roll < 0)
            return types().at(i);
    }
    return types().constFirst();
}

QString DemoJobs::priority(QRandomGenerator &random, const QString &type)
{
    const int roll = int(random.bounded(100u));
    if (type == u"emergency"_s)
        return roll < 70 ? u"urgent"_s : u"high"_s;
    if (roll < 25)
        return u"low"_s;
    if (roll < 72)
        return u"medium"_s;
    if (roll < 94)
        return u"high"_s;
    return u"urgent"_s;
}

QString DemoJobs::description(QRandomGenerator &random, const QString &type)
{
    // Named slots, because not every template uses both.
    QString text = pick(random, descriptions.value(type));
    text.replace(u"{what}"_s, pick(random, equipment));
    text.replace(u"{where}"_s, pick(random, locations));
    text[0] = text.at(0).toUpper();
    return text;
}

QStringList DemoJobs::tasks(QRandomGenerator &random, const QString &type)
{
    const QStringList &all = taskLists.value(type);
    const int count = int(random.bounded(1, 4));
    const int start = int(random.bounded(quint32(all.size() - count + 1)));
    return all.mid(start, count);
}

QString DemoJobs::notes(QRandomGenerator &random)
{
    if (random.bounded(10u) >= 3)
        return {};
    return pick(random, noteTexts);
}

int DemoJobs::duration(QRandomGenerator &random, const QString &type)
{
    const int quarters =
        type == u"installation"_s ? int(random.bounded(8, 33)) : int(random.bounded(2, 17));
    return quarters * 15;
}

} // namespace fentu::sandbox
