#pragma once

#include "rolevocabulary.h"

// Teaches `vocabulary` every title Tenure knows: the built-in aliases of the canonical roles.
void teachBuiltInAliases(RoleVocabulary &vocabulary);
