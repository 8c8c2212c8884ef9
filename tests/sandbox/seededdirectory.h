#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace fentu::sandbox {

/// What the order seeder needs to know about the seeded customers and technicians.
struct SeededDirectory
{
    struct Customer
    {
        QString id;
        QStringList contactIds;
    };
    struct Technician
    {
        QString id;
        bool active = true;
    };
    std::vector<Customer> customers;
    std::vector<Technician> technicians;
};

} // namespace fentu::sandbox
