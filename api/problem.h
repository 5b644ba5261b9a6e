// RFC 9457 problem details: every error the API sends, as
// application/problem+json with a machine `code` and a `detail` a person can
// act on.
#pragma once

#include <string>
#include <vector>

#include "http.h"
#include "silkdex/status.h"

namespace silkdex::api {

struct FieldProblem {
  std::string field;
  std::string detail;
};

struct Problem {
  int status = 500;
  std::string code;    // e.g. "invalid_parameter"
  std::string detail;  // the sentence a person reads
  std::vector<FieldProblem> errors;

  // The JSON object {"type","title","status","detail","code"[,"errors"]}.
  std::string ToJson() const;
  Reply ToReply() const;
};

// The reason phrase for a status ("Not Found").
std::string StatusTitle(int status);

// An engine Status as a problem. The code and, when the message names one
// ("parameter 'page': ...", "field 'sdgs': ..."), the field at fault.
Problem FromStatus(const Status& status);

}  // namespace silkdex::api
