// The C API (include/editops/c_api.h) over the C++ API (include/editops/editops.hpp). Everything
// a binding would otherwise repeat lives here once: reading the options, decoding UTF-16, checking
// and dispatching batch jobs, splitting them into parts for threads.
#include "editops/c_api.h"

#include <algorithm>
#include <memory>
#include <new>
#include <vector>

#include "editops/editops.hpp"
#include "code_points.hpp"
#include "multi_lanes.hpp"
#include "packed_list.hpp"

// editops.hpp spells its enums from the header's constants, so the numbering is one.
static_assert(sizeof(eo_options) == EO_OPTIONS_INT32S * sizeof(int32_t), "eo_options is EO_OPTIONS_INT32S int32s");
static_assert(EO_CHOICE_SIGNATURE_WORDS == editops::kSignatureWords, "one signature layout");

struct eo_ops {
  std::vector<int32_t> ops;
};

namespace {

// The one place the options are read.
editops::Options ToOptions(const eo_options& in) {
  editops::Options options;
  options.metric = static_cast<editops::Metric>(in.metric);
  options.path = static_cast<editops::Path>(in.path);
  options.max_distance = in.max_distance;
  options.weights = {in.insert_weight, in.delete_weight, in.replace_weight};
  return options;
}

// Buffers kept for the next call, so short inputs allocate nothing; larger ones are given back.
constexpr size_t kRetained = size_t{1} << 16;

template <typename T>
void Trim(std::vector<T>& buffer) {
  if (buffer.capacity() > kRetained) std::vector<T>().swap(buffer);
}

// UTF-16 decoding (code_points.hpp), per thread (the addon calls from several JS threads).
using editops::detail::CodePoints;

thread_local CodePoints code_points_a;
thread_local CodePoints code_points_b;

using editops::detail::valid_packed_list;

}  // namespace

struct eo_batch {
  eo_batch_kind kind;
  editops::Options options;
  size_t limit;
  editops::Choices queries{nullptr, nullptr, 0};
  editops::Choices choices{nullptr, nullptr, 0};
  editops::ChoiceIndex index{nullptr, nullptr, 0};
  bool has_index = false;
  int32_t* out_index = nullptr;
  size_t index_capacity = 0;
  int32_t* out_distance = nullptr;
  size_t distance_capacity = 0;
  bool valid = true;  // every setter so far accepted its input
  bool has_queries = false;
  bool has_choices = false;
  bool has_outputs = false;
  size_t parts = 0;  // set by eo_batch_split
  // Extract in several parts: the parts share one heap (editops::SharedExtract).
  std::unique_ptr<editops::SharedExtract> shared;
  size_t count = 0;  // single-part extract: matches written

  // Takes one of the two lists once it is checked; a list that fails makes the job invalid.
  int32_t set_list(editops::Choices& list, bool& has, const uint32_t* symbols, uint32_t symbol_count,
                   const uint32_t* offsets, uint32_t offset_count, uint32_t count) {
    if (!valid_packed_list(symbols, symbol_count, offsets, offset_count, count)) {
      valid = false;
      return EO_STATUS_INVALID;
    }
    list = {symbols, offsets, count};
    has = true;
    return EO_STATUS_OK;
  }

  // Rows of work the parts divide: choices, or the matrix's queries.
  size_t total() const { return kind == EO_BATCH_MATRIX ? queries.count : choices.count; }

  bool outputs_fit() const {
    switch (kind) {
      case EO_BATCH_DISTANCE_MANY:
        return queries.count >= 1 && distance_capacity >= choices.count;
      case EO_BATCH_EXTRACT:
        return queries.count >= 1 && index_capacity >= limit && distance_capacity >= limit;
      case EO_BATCH_MATRIX:
        return queries.count == 0 || distance_capacity / queries.count >= choices.count;
    }
    return false;
  }
};

extern "C" {

uint32_t eo_abi_version(void) { return EO_ABI_VERSION; }

int32_t eo_simd_path(void) { return static_cast<int32_t>(editops::detail::active_simd_path()); }

double eo_distance(const uint32_t* a, uint32_t a_size, const uint32_t* b, uint32_t b_size, const eo_options* options) {
  // Distances fit in int32 except weighted distances of very long inputs: hence a double.
  return static_cast<double>(editops::distance({a, a_size}, {b, b_size}, ToOptions(*options)));
}

double eo_distance_utf16(const uint16_t* a, uint32_t a_units, const uint16_t* b, uint32_t b_units,
                         const eo_options* options) {
  const auto result = editops::distance(code_points_a.Decode(a, a_units), code_points_b.Decode(b, b_units), ToOptions(*options));
  code_points_a.Trim();
  code_points_b.Trim();
  return static_cast<double>(result);
}

eo_ops* eo_ops_new(void) { return new (std::nothrow) eo_ops(); }

void eo_ops_free(eo_ops* ops) { delete ops; }

const int32_t* eo_ops_data(const eo_ops* ops) { return ops->ops.data(); }

uint32_t eo_ops_size(const eo_ops* ops) { return static_cast<uint32_t>(ops->ops.size()); }

void eo_ops_clear(eo_ops* ops) {
  ops->ops.clear();
  Trim(ops->ops);
}

int32_t eo_editops(const uint32_t* a, uint32_t a_size, const uint32_t* b, uint32_t b_size, const eo_options* options,
                   eo_ops* out) {
  return static_cast<int32_t>(editops::editops({a, a_size}, {b, b_size}, ToOptions(*options), out->ops));
}

int32_t eo_editops_utf16(const uint16_t* a, uint32_t a_units, const uint16_t* b, uint32_t b_units,
                         const eo_options* options, eo_ops* out, uint32_t* lengths) {
  const auto sequence_a = code_points_a.Decode(a, a_units);
  const auto sequence_b = code_points_b.Decode(b, b_units);
  lengths[0] = static_cast<uint32_t>(sequence_a.size);
  lengths[1] = static_cast<uint32_t>(sequence_b.size);
  const auto status = editops::editops(sequence_a, sequence_b, ToOptions(*options), out->ops);
  code_points_a.Trim();
  code_points_b.Trim();
  return static_cast<int32_t>(status);
}

eo_batch* eo_batch_new(int32_t kind, const eo_options* options, uint32_t limit) {
  if (kind != EO_BATCH_DISTANCE_MANY && kind != EO_BATCH_EXTRACT && kind != EO_BATCH_MATRIX) return nullptr;
  auto* job = new (std::nothrow) eo_batch();
  if (job == nullptr) return nullptr;
  job->kind = static_cast<eo_batch_kind>(kind);
  job->options = ToOptions(*options);
  job->limit = limit;
  return job;
}

int32_t eo_batch_set_queries(eo_batch* job, const uint32_t* symbols, uint32_t symbol_count, const uint32_t* offsets,
                             uint32_t offset_count, uint32_t count) {
  return job->set_list(job->queries, job->has_queries, symbols, symbol_count, offsets, offset_count, count);
}

int32_t eo_batch_set_choices(eo_batch* job, const uint32_t* symbols, uint32_t symbol_count, const uint32_t* offsets,
                             uint32_t offset_count, uint32_t count) {
  return job->set_list(job->choices, job->has_choices, symbols, symbol_count, offsets, offset_count, count);
}

int32_t eo_batch_set_outputs(eo_batch* job, int32_t* out_index, uint32_t index_capacity, int32_t* out_distance,
                             uint32_t distance_capacity) {
  job->out_index = out_index;
  job->index_capacity = out_index == nullptr ? 0 : index_capacity;
  job->out_distance = out_distance;
  job->distance_capacity = out_distance == nullptr ? 0 : distance_capacity;
  job->has_outputs = true;
  return EO_STATUS_OK;
}

int32_t eo_batch_check(const eo_batch* job) {
  const bool ok = job->valid && job->has_queries && job->has_choices && job->has_outputs && job->outputs_fit() &&
                  (!job->has_index || job->index.count == job->choices.count);
  return ok ? EO_STATUS_OK : EO_STATUS_INVALID;
}

uint32_t eo_batch_split(eo_batch* job, uint32_t threads) {
  if (job->parts != 0 || eo_batch_check(job) != EO_STATUS_OK) return 0;
  size_t parts = std::max<uint32_t>(threads, 1);
  if (job->kind == EO_BATCH_EXTRACT) {
    // More threads than chunks would find nothing to do.
    const size_t chunks = (job->choices.count + editops::SharedExtract::kChunk - 1) / editops::SharedExtract::kChunk;
    parts = std::min(parts, std::max<size_t>(chunks, 1));
    if (parts > 1) {
      job->shared.reset(new (std::nothrow) editops::SharedExtract(job->queries.at(0), job->choices, job->options, job->limit,
                                                                  job->has_index ? &job->index : nullptr));
      if (!job->shared) parts = 1;
    }
  } else {
    parts = std::min(parts, std::max<size_t>(job->total(), 1));
  }
  job->parts = parts;
  return static_cast<uint32_t>(parts);
}

void eo_batch_run(eo_batch* job, uint32_t part, const volatile uint8_t* stop) {
  if (part >= job->parts) return;
  const size_t total = job->total();
  const size_t begin = total * part / job->parts;
  const size_t end = total * (part + 1) / job->parts;
  switch (job->kind) {
    case EO_BATCH_DISTANCE_MANY:
      editops::distance_many(job->queries.at(0), job->choices, begin, end, job->options, job->out_distance, stop);
      return;
    case EO_BATCH_MATRIX:
      editops::distance_matrix(job->queries, job->choices, begin, end, job->options, job->out_distance, stop);
      return;
    case EO_BATCH_EXTRACT:
      if (job->shared) {
        job->shared->run(stop);
      } else if (job->has_index) {
        job->count = editops::extract(job->queries.at(0), job->choices, job->index, job->options, job->limit,
                                      job->out_index, job->out_distance, stop);
      } else {
        job->count = editops::extract(job->queries.at(0), job->choices, 0, job->choices.count, job->options, job->limit,
                                      job->out_index, job->out_distance, stop);
      }
      return;
  }
}

int32_t eo_choice_index(const uint32_t* symbols, uint32_t symbol_count, const uint32_t* offsets, uint32_t offset_count,
                        uint32_t count, uint32_t* out_order, uint32_t* out_signatures) {
  if (!valid_packed_list(symbols, symbol_count, offsets, offset_count, count)) return EO_STATUS_INVALID;
  if (count > 0 && (out_order == nullptr || out_signatures == nullptr)) return EO_STATUS_INVALID;
  editops::build_choice_index({symbols, offsets, count}, out_order, out_signatures);
  return EO_STATUS_OK;
}

int32_t eo_batch_set_choice_index(eo_batch* job, const uint32_t* order, const uint32_t* signatures, uint32_t count) {
  bool ok = count == 0 || (order != nullptr && signatures != nullptr);
  for (uint32_t p = 0; ok && p < count; ++p) ok = order[p] < count;
  if (!ok) {
    job->valid = false;
    return EO_STATUS_INVALID;
  }
  job->index = {order, signatures, count};
  job->has_index = true;
  return EO_STATUS_OK;
}

uint32_t eo_batch_finish(eo_batch* job) {
  size_t count = 0;
  if (job->parts != 0) {
    switch (job->kind) {
      case EO_BATCH_DISTANCE_MANY:
        count = job->choices.count;
        break;
      case EO_BATCH_MATRIX:
        count = job->queries.count * job->choices.count;
        break;
      case EO_BATCH_EXTRACT:
        count = job->shared ? job->shared->results(job->out_index, job->out_distance) : job->count;
        break;
    }
  }
  delete job;
  return static_cast<uint32_t>(count);
}

}  // extern "C"
