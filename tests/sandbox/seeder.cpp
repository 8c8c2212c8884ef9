#include "seeder.h"

#include "directoryseeder.h"
#include "orderseeder.h"
#include "sandboxdatabase.h"

#include <QRandomGenerator>
#include <QSqlError>

namespace fentu::sandbox {

Seeder::Seeder(SandboxDatabase &database, quint32 seed, QDate anchor)
    : m_database(database), m_seed(seed), m_anchor(anchor)
{}

bool Seeder::seed(int orderCount, QString *error)
{
    QSqlDatabase db = m_database.connection();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QRandomGenerator random(m_seed);
    SeededDirectory directory;
    const bool ok = DirectorySeeder(m_database, random).seed(&directory, error) &&
                    OrderSeeder(m_database, random, directory, m_anchor).seed(orderCount, error);
    if (ok && db.commit())
        return true;
    if (ok)
        *error = db.lastError().text();
    db.rollback();
    return false;
}

} // namespace fentu::sandbox
