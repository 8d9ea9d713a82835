/** The channel every write notifies after commit, so every instance rebuilds its snapshot. */
export const DATASET_CHANGED = 'dataset_changed'
