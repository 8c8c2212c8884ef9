#include "demopeople.h"

#include <QRandomGenerator>
#include <QStringList>

#include <array>

using namespace Qt::StringLiterals;

namespace fentu::sandbox {

namespace {

template <std::size_t N>
QString pick(QRandomGenerator &random, const std::array<QStringView, N> &list)
{
    return list[random.bounded(quint32(N))].toString();
}

constexpr std::array<QStringView, 40> companyStems{
    u"Harbor View",  u"Northwind",   u"Keller",    u"Bluestone",   u"Riverside",   u"Oakridge",
    u"Summit",       u"Cedar Point", u"Lakeshore", u"Granite",     u"Maple Leaf",  u"Pioneer",
    u"Silver Creek", u"Westfield",   u"Redwood",   u"Ironbridge",  u"Brightwater", u"Hillcrest",
    u"Evergreen",    u"Fairview",    u"Stonegate", u"Willow Park", u"Copperfield", u"Meridian",
    u"Parkside",     u"Crescent",    u"Highland",  u"Sunnyvale",   u"Briarwood",   u"Eastgate",
    u"Kingsley",     u"Hawthorne",   u"Ashford",   u"Larkspur",    u"Beacon",      u"Sterling",
    u"Whitman",      u"Delgado",     u"Nakamura",  u"O'Brien"};

constexpr std::array<QStringView, 30> companyKinds{u"Dental Clinic",
                                                   u"Logistics",
                                                   u"Bakery",
                                                   u"Medical Center",
                                                   u"Property Management",
                                                   u"Hotel",
                                                   u"Elementary School",
                                                   u"Fitness Club",
                                                   u"Brewing Co.",
                                                   u"Supermarket",
                                                   u"Veterinary Hospital",
                                                   u"Cold Storage",
                                                   u"Apartments",
                                                   u"Office Park",
                                                   u"Auto Repair",
                                                   u"Pharmacy",
                                                   u"Senior Living",
                                                   u"Data Center",
                                                   u"Restaurant Group",
                                                   u"Community Church",
                                                   u"Library",
                                                   u"Manufacturing",
                                                   u"Credit Union",
                                                   u"Law Offices",
                                                   u"Car Wash",
                                                   u"Self Storage",
                                                   u"Plaza Mall",
                                                   u"Printing",
                                                   u"Bistro",
                                                   u"Animal Shelter"};

constexpr std::array<QStringView, 8> companySuffixes{u"",     u"",        u"",       u" Inc.",
                                                     u" LLC", u" & Sons", u" Group", u" Co."};

constexpr std::array<QStringView, 30> streets{
    u"Main St",       u"Oak Ave",         u"Maple Dr",    u"Cedar Ln",    u"Elm St",
    u"Pine St",       u"Washington Blvd", u"Lake Rd",     u"Hill St",     u"Park Ave",
    u"Church St",     u"Industrial Pkwy", u"Commerce Dr", u"River Rd",    u"Sunset Blvd",
    u"Highland Ave",  u"Mill St",         u"Spring St",   u"Broadway",    u"Market St",
    u"Jefferson Ave", u"Franklin St",     u"Lincoln Way", u"Madison Ave", u"Harbor Dr",
    u"Airport Rd",    u"Center St",       u"Walnut St",   u"Chestnut St", u"Willow Rd"};

struct City
{
    QStringView name;
    QStringView state;
    int zipBase;
};

constexpr std::array<City, 16> cities{{
    {u"Springfield", u"IL", 62701},
    {u"Madison", u"WI", 53703},
    {u"Columbus", u"OH", 43215},
    {u"Boulder", u"CO", 80302},
    {u"Austin", u"TX", 78701},
    {u"Portland", u"OR", 97204},
    {u"Raleigh", u"NC", 27601},
    {u"Tucson", u"AZ", 85701},
    {u"Albany", u"NY", 12207},
    {u"Des Moines", u"IA", 50309},
    {u"Richmond", u"VA", 23219},
    {u"Boise", u"ID", 83702},
    {u"Omaha", u"NE", 68102},
    {u"Savannah", u"GA", 31401},
    {u"Burlington", u"VT", 5401},
    {u"Fresno", u"CA", 93721},
}};

constexpr std::array<QStringView, 48> firstNames{
    u"James",   u"Maria",  u"Robert",  u"Linda",  u"Michael", u"Aisha",  u"David",  u"Sofia",
    u"William", u"Mei",    u"Carlos",  u"Emily",  u"Daniel",  u"Priya",  u"Thomas", u"Grace",
    u"Kevin",   u"Olivia", u"Brian",   u"Fatima", u"Jason",   u"Hannah", u"Luis",   u"Rachel",
    u"Eric",    u"Chloe",  u"Marcus",  u"Elena",  u"Anthony", u"Yuki",   u"Samuel", u"Laura",
    u"Patrick", u"Nadia",  u"Gregory", u"Rosa",   u"Tyler",   u"Megan",  u"Omar",   u"Julia",
    u"Derek",   u"Ingrid", u"Victor",  u"Tanya",  u"Scott",   u"Amara",  u"Frank",  u"Zoe"};

constexpr std::array<QStringView, 48> lastNames{
    u"Smith",     u"Johnson", u"Garcia",  u"Miller",   u"Davis",    u"Rodriguez", u"Martinez",
    u"Hernandez", u"Lopez",   u"Wilson",  u"Anderson", u"Thomas",   u"Taylor",    u"Moore",
    u"Jackson",   u"Martin",  u"Lee",     u"Perez",    u"Thompson", u"White",     u"Harris",
    u"Sanchez",   u"Clark",   u"Ramirez", u"Lewis",    u"Robinson", u"Walker",    u"Young",
    u"Allen",     u"King",    u"Wright",  u"Scott",    u"Torres",   u"Nguyen",    u"Hill",
    u"Flores",    u"Green",   u"Adams",   u"Nelson",   u"Baker",    u"Chen",      u"Patel",
    u"Kowalski",  u"Okafor",  u"Schmidt", u"Rossi",    u"Novak",    u"Haddad"};

} // namespace

QString DemoPeople::companyName(QRandomGenerator &random)
{
    return pick(random, companyStems) + u' ' + pick(random, companyKinds) +
           pick(random, companySuffixes);
}

QString DemoPeople::streetAddress(QRandomGenerator &random)
{
    const City &city = cities[random.bounded(quint32(cities.size()))];
    const int number = random.bounded(1, 9900);
    const int zip = city.zipBase + random.bounded(0, 12);
    QString line = u"%1 %2"_s.arg(number).arg(pick(random, streets));
    if (random.bounded(5) == 0)
        line += u", Suite %1"_s.arg(random.bounded(1, 40) * 10);
    return u"%1, %2, %3 %4"_s.arg(line, city.name.toString(), city.state.toString())
        .arg(zip, 5, 10, QChar(u'0'));
}

QString DemoPeople::personName(QRandomGenerator &random)
{
    return pick(random, firstNames) + u' ' + pick(random, lastNames);
}

QString DemoPeople::phone(QRandomGenerator &random)
{
    static constexpr std::array<int, 10> areaCodes{217, 608, 614, 303, 512,
                                                   503, 919, 520, 518, 515};
    return u"+1-%1-555-01%2"_s.arg(areaCodes[random.bounded(quint32(areaCodes.size()))])
        .arg(random.bounded(100), 2, 10, QChar(u'0'));
}

QString DemoPeople::email(const QString &personName, const QString &companyName)
{
    auto slug = [](const QString &text, const QString &separator) {
        QStringList words;
        for (const QString &word : text.toLower().split(u' ', Qt::SkipEmptyParts)) {
            QString letters;
            for (QChar c : word) {
                if (c.isLetterOrNumber())
                    letters += c;
            }
            if (!letters.isEmpty() && letters != u"inc"_s && letters != u"llc"_s &&
                letters != u"co"_s && letters != u"sons"_s) {
                words.append(letters);
            }
        }
        return words.join(separator);
    };
    return slug(personName, u"."_s) + u'@' + slug(companyName, QString()) + u".example.com"_s;
}

} // namespace fentu::sandbox
