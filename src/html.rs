//! Native adapter: saved HTML → page table. (Being written.)
