// libFuzzer target: batch jobs through the C API (eo_batch_*) with hostile packed lists, as a
// forged or corrupted PreparedChoices would hand them over: offsets that decrease, run past the
// symbols or are missing, counts that do not match, outputs too small, null arrays. Every array is
// allocated at exactly the size the call claims, so ASan reports any read or write past it.
//
//   byte 0    bits 0-1 kind (distance-many, extract, matrix, matrix), bits 2-4 metric (0-7),
//             bit 5 a cutoff, bit 6 a stop flag already raised
//   byte 1    limit (extract), byte 2 threads - 1 (mod 4), byte 3 cutoff
//   then      two lists (queries, choices), each: count byte, symbol-count byte, offset-count
//             byte, a mode byte (0: valid offsets; 1: raw bytes as offsets; 2: one offset made
//             to decrease; 3: the last offset past the symbols; 4: a null symbols array), then
//             the symbols and the raw offsets
//   then      output capacities: index byte, distance two bytes
//   then      a choice index (eo_batch_set_choice_index): mode byte (0: none; 1: the choices'
//             own, from eo_choice_index; 2: raw order bytes, one per choice, and raw signatures;
//             3: as 2 for a count byte of its own), then the raw bytes
//
// Checks: a list that breaks the packed-list rule is refused (EO_STATUS_INVALID, and the job
// splits into 0 parts); a job whose outputs do not fit splits into 0 parts; a valid job runs
// every part and, when not stopped, gives each distance-many result eo_distance's answer; an
// index with an order entry out of range, or of another count, is refused; an extract through
// the choices' own index gives the matches of the same job without it. A raw index that passes
// the checks may give other matches (c_api.h says so), but nothing reads out of bounds.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "editops/c_api.h"

namespace {

struct Bytes {
  const uint8_t* data;
  size_t size;
  size_t pos = 0;
  uint8_t next() { return pos < size ? data[pos++] : 0; }
};

struct List {
  std::vector<uint32_t> symbols;
  std::vector<uint32_t> offsets;
  uint32_t count = 0;
  bool null_symbols = false;
  bool valid = true;  // by the rule of c_api.h's batch section, computed here independently

  const uint32_t* symbol_data() const { return null_symbols ? nullptr : symbols.data(); }
};

List read_list(Bytes& in) {
  List list;
  list.count = in.next() % 12;
  const uint32_t symbol_count = in.next() % 40;
  const uint32_t offset_count = in.next() % 16;
  const uint8_t mode = in.next() % 5;
  for (uint32_t i = 0; i < symbol_count; ++i) list.symbols.push_back('a' + in.next() % 4);
  for (uint32_t i = 0; i < offset_count; ++i) {
    const uint8_t raw = in.next();
    // Valid offsets: non-decreasing and within the symbols; raw: whatever the bytes say.
    const uint32_t previous = i == 0 ? 0 : list.offsets.back();
    list.offsets.push_back(mode == 1 ? raw : std::min<uint32_t>(symbol_count, previous + raw % 4));
  }
  if (mode == 2 && offset_count >= 2) list.offsets[1] = list.offsets[0] + 1, list.offsets[0] += 2;
  if (mode == 3 && offset_count >= 1) list.offsets.back() = symbol_count + 1 + in.next();
  list.null_symbols = mode == 4 && symbol_count > 0;

  list.valid = offset_count >= static_cast<uint64_t>(list.count) + 1 && !list.null_symbols;
  for (uint32_t i = 0; list.valid && i < list.count; ++i) list.valid = list.offsets[i] <= list.offsets[i + 1];
  if (list.valid) list.valid = list.offsets[list.count] <= symbol_count;
  return list;
}

[[noreturn]] void fail(const char* what) {
  std::fprintf(stderr, "fuzz_batch_hostile: %s\n", what);
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  Bytes in{data, size};
  const uint8_t flags = in.next();
  const int32_t kinds[] = {EO_BATCH_DISTANCE_MANY, EO_BATCH_EXTRACT, EO_BATCH_MATRIX, EO_BATCH_MATRIX};
  const int32_t kind = kinds[flags & 3];
  const int32_t metric = (flags >> 2) & 7;
  const uint32_t limit = in.next();
  const uint32_t threads = 1 + in.next() % 4;
  const int32_t cutoff = (flags & 32) != 0 ? in.next() % 8 : (in.next(), -1);
  const uint8_t stop = (flags & 64) != 0 ? 1 : 0;
  const eo_options options{metric, EO_PATH_AUTO, cutoff, 1, 1, 1};

  const List queries = read_list(in);
  const List choices = read_list(in);
  const uint32_t index_capacity = in.next() % 16;
  const uint32_t distance_capacity = (in.next() | static_cast<uint32_t>(in.next()) << 8) % 160;
  std::vector<int32_t> out_index(index_capacity);
  std::vector<int32_t> out_distance(distance_capacity);

  const uint8_t index_mode = in.next() % 4;
  const uint32_t index_count = index_mode == 3 ? in.next() % 12 : choices.count;
  std::vector<uint32_t> order(index_count);
  std::vector<uint32_t> signatures(EO_CHOICE_SIGNATURE_WORDS * index_count);
  bool index_valid = index_mode == 0 || index_count == choices.count;
  if (index_mode == 1 && choices.valid) {
    if (eo_choice_index(choices.symbol_data(), static_cast<uint32_t>(choices.symbols.size()), choices.offsets.data(),
                        static_cast<uint32_t>(choices.offsets.size()), choices.count, order.data(), signatures.data()) != EO_STATUS_OK) {
      fail("eo_choice_index refused a valid list");
    }
  } else if (index_mode >= 2) {
    for (auto& entry : order) entry = in.next() % 16, index_valid = index_valid && entry < index_count;
    for (auto& word : signatures) word = in.next() * 0x01010101u;
  }

  eo_batch* job = eo_batch_new(kind, &options, limit);
  if (job == nullptr) return 0;
  const int32_t set_queries = eo_batch_set_queries(job, queries.symbol_data(), static_cast<uint32_t>(queries.symbols.size()),
                                                   queries.offsets.data(), static_cast<uint32_t>(queries.offsets.size()), queries.count);
  const int32_t set_choices = eo_batch_set_choices(job, choices.symbol_data(), static_cast<uint32_t>(choices.symbols.size()),
                                                   choices.offsets.data(), static_cast<uint32_t>(choices.offsets.size()), choices.count);
  if ((set_queries == EO_STATUS_OK) != queries.valid) fail("the queries' check disagrees with the packed-list rule");
  if ((set_choices == EO_STATUS_OK) != choices.valid) fail("the choices' check disagrees with the packed-list rule");
  eo_batch_set_outputs(job, out_index.data(), index_capacity, out_distance.data(), distance_capacity);
  const bool indexed = index_mode != 0 && (index_mode != 1 || choices.valid);
  if (indexed) {
    const int32_t set_index = eo_batch_set_choice_index(job, order.data(), signatures.data(), index_count);
    if ((set_index == EO_STATUS_OK) != (index_mode == 3 ? std::all_of(order.begin(), order.end(), [&](uint32_t e) { return e < index_count; }) : index_valid)) {
      fail("eo_batch_set_choice_index disagrees with the order's range");
    }
  }

  const bool fits = kind == EO_BATCH_DISTANCE_MANY ? queries.count >= 1 && distance_capacity >= choices.count
                    : kind == EO_BATCH_EXTRACT      ? queries.count >= 1 && index_capacity >= limit && distance_capacity >= limit
                                                    : queries.count == 0 || distance_capacity / queries.count >= choices.count;
  const bool valid = queries.valid && choices.valid && fits && (!indexed || index_valid);
  if ((eo_batch_check(job) == EO_STATUS_OK) != valid) fail("eo_batch_check disagrees with the lists and outputs");
  const uint32_t parts = eo_batch_split(job, threads);
  if ((parts > 0) != valid) fail("a job split into parts that it should have refused, or the reverse");
  for (uint32_t part = 0; part < parts; ++part) eo_batch_run(job, part, &stop);
  const uint32_t count = eo_batch_finish(job);

  if (valid && stop == 0 && kind == EO_BATCH_DISTANCE_MANY) {
    if (count != choices.count) fail("distance-many wrote another number of distances than choices");
    const uint32_t* q = queries.symbols.data() + queries.offsets[0];
    const uint32_t q_size = queries.offsets[1] - queries.offsets[0];
    for (uint32_t c = 0; c < choices.count; ++c) {
      const uint32_t* s = choices.symbols.data() + choices.offsets[c];
      const double want = eo_distance(q, q_size, s, choices.offsets[c + 1] - choices.offsets[c], &options);
      if (want >= 0 && out_distance[c] != static_cast<int32_t>(want)) fail("a distance-many result differs from eo_distance");
    }
  }
  // The same extract without the index: the choices' own index must not change the matches.
  if (valid && stop == 0 && kind == EO_BATCH_EXTRACT && index_mode == 1) {
    std::vector<int32_t> plain_index(index_capacity);
    std::vector<int32_t> plain_distance(distance_capacity);
    eo_batch* plain = eo_batch_new(kind, &options, limit);
    if (plain == nullptr) return 0;
    eo_batch_set_queries(plain, queries.symbol_data(), static_cast<uint32_t>(queries.symbols.size()), queries.offsets.data(),
                         static_cast<uint32_t>(queries.offsets.size()), queries.count);
    eo_batch_set_choices(plain, choices.symbol_data(), static_cast<uint32_t>(choices.symbols.size()), choices.offsets.data(),
                         static_cast<uint32_t>(choices.offsets.size()), choices.count);
    eo_batch_set_outputs(plain, plain_index.data(), index_capacity, plain_distance.data(), distance_capacity);
    const uint32_t plain_parts = eo_batch_split(plain, threads);
    for (uint32_t part = 0; part < plain_parts; ++part) eo_batch_run(plain, part, nullptr);
    const uint32_t plain_count = eo_batch_finish(plain);
    if (plain_count != count) fail("an extract through the choices' index found another number of matches");
    for (uint32_t k = 0; k < count; ++k) {
      if (plain_index[k] != out_index[k] || plain_distance[k] != out_distance[k]) fail("an extract through the choices' index differs");
    }
  }
  return 0;
}
