#include "appresources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE declares a function, so it must be used outside any namespace.
static void registerResources()
{
    Q_INIT_RESOURCE(resources);
}

void AppResources::ensureLoaded()
{
    static const bool loaded = (registerResources(), true);
    (void)loaded;
}
