#pragma once

#include <QString>

class QRandomGenerator;

namespace fentu::sandbox {

/// Plausible, made-up customers, people and addresses for the demo data. Every choice comes
/// from the generator passed in, so a seed gives the same data every time. Phone numbers use
/// the fictional 555-01xx range; e-mail domains end in example.com.
class DemoPeople
{
public:
    static QString companyName(QRandomGenerator &random);
    static QString streetAddress(QRandomGenerator &random);
    static QString personName(QRandomGenerator &random);
    static QString phone(QRandomGenerator &random);
    /// first.last@<company>.example.com
    static QString email(const QString &personName, const QString &companyName);
};

} // namespace fentu::sandbox
