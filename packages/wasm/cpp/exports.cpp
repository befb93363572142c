// WebAssembly glue for the editops core: a C ABI over linear memory. The JS side writes the
// encoded symbols into buffers it got from malloc, calls these functions, and copies results out.
// Arguments arrive already checked by @editops/core, so there are no checks and no algorithm here.
#include <cstdint>
#include <vector>

#include "editops/editops.hpp"

#define EDITOPS_EXPORT extern "C" __attribute__((used, visibility("default")))

namespace {

editops::Options MakeOptions(int32_t metric, int32_t max_distance, int32_t insert_weight, int32_t delete_weight,
                             int32_t replace_weight) {
  editops::Options options;
  options.metric = static_cast<editops::Metric>(metric);
  options.max_distance = max_distance;
  options.weights = {insert_weight, delete_weight, replace_weight};
  return options;
}

// The last script computed; read with eo_ops_data / eo_ops_size, then released by eo_ops_clear.
std::vector<int32_t> last_ops;

}  // namespace

EDITOPS_EXPORT double eo_distance(const uint32_t* a, uint32_t a_size, const uint32_t* b, uint32_t b_size,
                                   int32_t metric, int32_t max_distance, int32_t insert_weight,
                                   int32_t delete_weight, int32_t replace_weight) {
  // Distances fit in int32: TS limits lengths to 2^27 and weights to 2^20... except weighted
  // distances of very long inputs, which is why the result is a double.
  return static_cast<double>(editops::distance(
      {a, a_size}, {b, b_size}, MakeOptions(metric, max_distance, insert_weight, delete_weight, replace_weight)));
}

// Returns the editops::Status; on Ok the script is in eo_ops_data()[0, eo_ops_size()).
EDITOPS_EXPORT int32_t eo_editops(const uint32_t* a, uint32_t a_size, const uint32_t* b, uint32_t b_size,
                                  int32_t metric, int32_t max_distance, int32_t insert_weight,
                                  int32_t delete_weight, int32_t replace_weight, int32_t path) {
  editops::Options options = MakeOptions(metric, max_distance, insert_weight, delete_weight, replace_weight);
  options.path = static_cast<editops::Path>(path);
  return static_cast<int32_t>(editops::editops({a, a_size}, {b, b_size}, options, last_ops));
}

EDITOPS_EXPORT const int32_t* eo_ops_data() { return last_ops.data(); }

EDITOPS_EXPORT uint32_t eo_ops_size() { return static_cast<uint32_t>(last_ops.size()); }

// Keeps a small buffer for the next call, and gives a large one back to the allocator.
EDITOPS_EXPORT void eo_ops_clear() {
  if (last_ops.capacity() > (size_t{1} << 16)) {
    std::vector<int32_t>().swap(last_ops);
  } else {
    last_ops.clear();
  }
}

// One batch job (see packages/core/src/kernel.ts, BatchJob): kind 0 = distance_many (query 0
// against every choice), 1 = extract, 2 = the queries x choices matrix. All pointers are into
// linear memory that the JS side allocated. Returns the number of results written.
EDITOPS_EXPORT uint32_t eo_batch(int32_t kind, const uint32_t* queries, const uint32_t* query_offsets, uint32_t query_count,
                                 const uint32_t* choices, const uint32_t* choice_offsets, uint32_t choice_count,
                                 int32_t metric, int32_t max_distance, int32_t insert_weight, int32_t delete_weight,
                                 int32_t replace_weight, uint32_t limit, int32_t* out_index, int32_t* out_distance) {
  const editops::Choices query_list{queries, query_offsets, query_count};
  const editops::Choices choice_list{choices, choice_offsets, choice_count};
  const editops::Options options = MakeOptions(metric, max_distance, insert_weight, delete_weight, replace_weight);
  switch (kind) {
    case 0:
      editops::distance_many(query_list.at(0), choice_list, 0, choice_count, options, out_distance);
      return choice_count;
    case 1:
      return static_cast<uint32_t>(
          editops::extract(query_list.at(0), choice_list, 0, choice_count, options, limit, out_index, out_distance));
    default:
      editops::distance_matrix(query_list, choice_list, 0, query_count, options, out_distance);
      return query_count * choice_count;
  }
}
