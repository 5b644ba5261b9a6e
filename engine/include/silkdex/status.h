// silkdex: the engine's one error vocabulary.
//
// Expected failures (bad input, missing documents, an index built with other
// settings, I/O problems) come back as a Status or a Result<T>; the engine
// throws nothing across its public API. Exceptions of the libraries under us
// (Xapian, Poco, poppler, yaml-cpp) are caught at the engine's edge and
// translated here, once.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace silkdex {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,     // the caller's input is wrong: bad field, bad query, bad file
  kNotFound,            // no such document, file or index
  kFailedPrecondition,  // the state does not allow it: e.g. index built with other settings
  kCorruption,          // stored data is damaged
  kIOError,             // the file system or database failed
  kResourceExhausted,   // a limit was hit: file too large, nesting too deep
  kUnavailable,         // try again later: e.g. the index is locked by another writer
  kInternal,            // a bug in silkdex; the message says what
};

// Returns a stable lower-case name, e.g. "invalid_argument".
std::string_view StatusCodeName(StatusCode code);

class Status {
 public:
  Status() = default;  // OK
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string m) { return {StatusCode::kInvalidArgument, std::move(m)}; }
  static Status NotFound(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
  static Status FailedPrecondition(std::string m) { return {StatusCode::kFailedPrecondition, std::move(m)}; }
  static Status Corruption(std::string m) { return {StatusCode::kCorruption, std::move(m)}; }
  static Status IOError(std::string m) { return {StatusCode::kIOError, std::move(m)}; }
  static Status ResourceExhausted(std::string m) { return {StatusCode::kResourceExhausted, std::move(m)}; }
  static Status Unavailable(std::string m) { return {StatusCode::kUnavailable, std::move(m)}; }
  static Status Internal(std::string m) { return {StatusCode::kInternal, std::move(m)}; }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  // The sentence a person reads; empty when ok().
  const std::string& message() const { return message_; }

  // Returns a copy whose message is "context: message" (context added on the way up).
  Status WithContext(std::string_view context) const;

  // "invalid_argument: message", or "ok".
  std::string ToString() const;

  friend bool operator==(const Status& a, const Status& b) {
    return a.code_ == b.code_ && a.message_ == b.message_;
  }

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// A value or the Status that explains why there is none (like absl::StatusOr).
// REQUIRES: a Result is never built from an OK Status.
template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}            // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {}     // NOLINT: implicit by design

  bool ok() const { return std::holds_alternative<T>(v_); }
  // OK when a value is held.
  Status status() const { return ok() ? Status::Ok() : std::get<Status>(v_); }

  // REQUIRES: ok().
  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace silkdex

// Returns the Status of `expr` from the enclosing function when it is not OK.
// (The variable's name is unique per use, so that uses may nest, e.g. inside a
// lambda passed to a call that is itself checked.)
#define SILKDEX_RETURN_IF_ERROR(expr) SILKDEX_RETURN_IF_ERROR_IMPL_(expr, SILKDEX_CONCAT_(silkdex_status_, __COUNTER__))
#define SILKDEX_CONCAT_INNER_(a, b) a##b
#define SILKDEX_CONCAT_(a, b) SILKDEX_CONCAT_INNER_(a, b)
#define SILKDEX_RETURN_IF_ERROR_IMPL_(expr, var) \
  do {                                           \
    ::silkdex::Status var = (expr);              \
    if (!var.ok()) return var;                   \
  } while (0)
