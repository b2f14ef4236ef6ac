#pragma once

#include "SchedulingPolicy.h"

#include <QStringList>

#include <memory>

namespace processlab {

// The policies the core knows, by their file/CLI name.
class PolicyRegistry
{
public:
    struct Entry
    {
        const char* id;          // "rr"
        const char* displayName; // translatable, context "PolicyRegistry"
        const char* description; // translatable, context "PolicyRegistry"
    };

    static QStringList ids();
    static const Entry* find(const QString& id);
    static QString displayName(const QString& id);
    static QString description(const QString& id);
    // nullptr for an unknown name.
    static std::unique_ptr<SchedulingPolicy> create(const PolicyConfig& config);
};

} // namespace processlab
