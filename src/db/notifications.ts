/** The channel every write notifies after commit, so every instance rebuilds its snapshot. */
export const DATASET_CHANGED = 'dataset_changed'

/**
 * The channel key management notifies in the same transaction: each instance keeps the active
 * keys' hashes in memory and applies the change (payload: a KeyChange as JSON) when it commits.
 */
export const API_KEYS_CHANGED = 'api_keys_changed'
