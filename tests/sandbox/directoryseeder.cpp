#include "directoryseeder.h"

#include "demopeople.h"
#include "sandboxdatabase.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

using namespace Qt::StringLiterals;

namespace fentu::sandbox {

namespace {

constexpr int customerCount = 60;
constexpr int technicianCount = 15;

bool failed(const QSqlQuery &query, QString *error)
{
    *error = query.lastError().text();
    return false;
}

// A name not drawn before: the lists are long enough that this ends quickly.
QString uniqueName(QSet<QString> *taken, const std::function<QString()> &draw)
{
    QString name = draw();
    while (taken->contains(name))
        name = draw();
    taken->insert(name);
    return name;
}

} // namespace

DirectorySeeder::DirectorySeeder(SandboxDatabase &database, QRandomGenerator &random)
    : m_database(database), m_random(random)
{}

bool DirectorySeeder::seed(SeededDirectory *directory, QString *error)
{
    return seedCustomers(directory, error) && seedTechnicians(directory, error);
}

bool DirectorySeeder::seedCustomers(SeededDirectory *directory, QString *error)
{
    QSqlQuery customers(m_database.connection());
    QSqlQuery contacts(m_database.connection());
    if (!customers.prepare(u"INSERT INTO customers (seq, id, name, address) "
                           "VALUES (?, ?, ?, ?)"_s)) {
        return failed(customers, error);
    }
    if (!contacts.prepare(u"INSERT INTO contacts (seq, id, customer_id, name, phone, email) "
                          "VALUES (?, ?, ?, ?, ?, ?)"_s)) {
        return failed(contacts, error);
    }
    QSet<QString> names;
    int contactSeq = 0;
    for (int seq = 1; seq <= customerCount; ++seq) {
        const QString name =
            uniqueName(&names, [this]() { return DemoPeople::companyName(m_random); });
        SeededDirectory::Customer customer{u"cust-%1"_s.arg(seq, 3, 10, QChar(u'0')), {}};
        customers.bindValue(0, seq);
        customers.bindValue(1, customer.id);
        customers.bindValue(2, name);
        customers.bindValue(3, DemoPeople::streetAddress(m_random));
        if (!customers.exec())
            return failed(customers, error);

        const int count = int(m_random.bounded(1, 4));
        for (int i = 0; i < count; ++i) {
            const QString person = DemoPeople::personName(m_random);
            const QString id = u"contact-%1"_s.arg(++contactSeq, 4, 10, QChar(u'0'));
            contacts.bindValue(0, contactSeq);
            contacts.bindValue(1, id);
            contacts.bindValue(2, customer.id);
            contacts.bindValue(3, person);
            contacts.bindValue(4, DemoPeople::phone(m_random));
            contacts.bindValue(5, DemoPeople::email(person, name));
            if (!contacts.exec())
                return failed(contacts, error);
            customer.contactIds.append(id);
        }
        directory->customers.push_back(std::move(customer));
    }
    return true;
}

bool DirectorySeeder::seedTechnicians(SeededDirectory *directory, QString *error)
{
    QSqlQuery query(m_database.connection());
    if (!query.prepare(u"INSERT INTO technicians (seq, id, name, active) VALUES (?, ?, ?, ?)"_s))
        return failed(query, error);
    QSet<QString> names;
    for (int seq = 1; seq <= technicianCount; ++seq) {
        const QString name =
            uniqueName(&names, [this]() { return DemoPeople::personName(m_random); });
        // Two people have left; their names stay on old work orders.
        const SeededDirectory::Technician technician{u"tech-%1"_s.arg(seq, 3, 10, QChar(u'0')),
                                                     seq != 6 && seq != 13};
        query.bindValue(0, seq);
        query.bindValue(1, technician.id);
        query.bindValue(2, name);
        query.bindValue(3, technician.active ? 1 : 0);
        if (!query.exec())
            return failed(query, error);
        directory->technicians.push_back(technician);
    }
    return true;
}

} // namespace fentu::sandbox
