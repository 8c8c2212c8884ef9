#pragma once

#include <QList>
#include <QString>

namespace fentu {

/// A person to call at a customer's site.
struct Contact
{
    QString id;
    QString name;
    QString phone; // may be empty
    QString email; // may be empty
    friend bool operator==(const Contact &, const Contact &) = default;
};

/// A customer; `contacts` is filled only by the one-customer lookup.
struct Customer
{
    QString id;
    QString name;
    QString address; // may be empty
    QList<Contact> contacts;
    friend bool operator==(const Customer &, const Customer &) = default;
};

/// A field technician.
struct Technician
{
    QString id;
    QString name;
    bool active = true;
    friend bool operator==(const Technician &, const Technician &) = default;
};

} // namespace fentu
