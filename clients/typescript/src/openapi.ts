// Generated from openapi/openapi.json by `npm run client` (openapi-typescript). Do not edit: change the
// routes' schemas, run `npm run openapi`, then `npm run client`.
/* eslint-disable */
export interface paths {
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Is the process up?
         * @description Answers 200 while the process runs; does not touch the database.
         */
        get: operations["getHealthLive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Can the service answer?
         * @description Answers 200 when the database answers, 503 otherwise.
         */
        get: operations["getHealthReady"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the regions
         * @description The 21 regions, ordered by SCB county code.
         */
        get: operations["getRegions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One region with its facts
         * @description The region with its providers, fees, referral rules, home-care policies, decisions and specialist-care statements, each with citations.
         */
        get: operations["getRegionsByCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everything about one region
         * @description The region's cell on every comparison dimension, and the facts valid on `asOf` (default today), each with its citations.
         */
        get: operations["getRegionsByCodeProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/municipalities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the municipalities
         * @description The 290 municipalities ordered by SCB code, optionally those of one region.
         */
        get: operations["getMunicipalities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/municipalities/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One municipality
         * @description A municipality by its four-digit SCB code.
         */
        get: operations["getMunicipalitiesByCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the sources
         * @description Every source document facts cite, ordered by id.
         */
        get: operations["getSources"];
        put?: never;
        /**
         * Create a source
         * @description Needs an editor or admin key. The body is validated strictly (unknown fields are rejected); a record as GET returns it is a valid body (read-only fields are ignored). With `Idempotency-Key`, a retry returns the first answer.
         */
        post: operations["postSources"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One source with the facts citing it
         * @description The source document and every fact, of every kind and period, that cites it.
         */
        get: operations["getSourcesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a source
         * @description A JSON merge patch (RFC 7396) under If-Match: fields present replace, null clears, a text may change in one language alone (`{"notes": {"en": …}}`), a list (citations) is replaced whole; the merged record is validated as a whole. 428 without If-Match, 412 when someone changed the record since.
         */
        patch: operations["patchSourcesById"];
        trace?: never;
    };
    "/v1/sources/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retire a source
         * @description Marks the source retired; it stays readable. Nothing is deleted.
         */
        post: operations["postSourcesByIdRetire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A source's versions
         * @description Every change to the record (and, for a fact, every confirmation of it), oldest first, with who made it and the record before and after.
         */
        get: operations["getSourcesByIdHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conditions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the conditions
         * @description The conditions facts can be about, with English and Swedish names.
         */
        get: operations["getConditions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conditions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One condition
         * @description A condition by its id, with its English and Swedish names.
         */
        get: operations["getConditionsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List providers
         * @description Every provider valid on `asOf` (default today), filtered, in id order. Citations are always inline; texts are in the language asked for. Add `format=csv` for a spreadsheet.
         */
        get: operations["getProviders"];
        put?: never;
        /**
         * Create a provider
         * @description Needs an editor or admin key. The body is validated strictly (unknown fields are rejected); a record as GET returns it is a valid body (read-only fields are ignored). With `Idempotency-Key`, a retry returns the first answer.
         */
        post: operations["postProviders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/providers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One provider
         * @description The provider with its citations, whatever its validity period.
         */
        get: operations["getProvidersById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a provider
         * @description A JSON merge patch (RFC 7396) under If-Match: fields present replace, null clears, a text may change in one language alone (`{"notes": {"en": …}}`), a list (citations) is replaced whole; the merged record is validated as a whole. 428 without If-Match, 412 when someone changed the record since.
         */
        patch: operations["patchProvidersById"];
        trace?: never;
    };
    "/v1/providers/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retire a provider
         * @description Ends the fact's validity on `validTo` (default today); it stays readable with `asOf` inside its period. Nothing is deleted.
         */
        post: operations["postProvidersByIdRetire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/providers/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A provider's versions
         * @description Every change to the record (and, for a fact, every confirmation of it), oldest first, with who made it and the record before and after.
         */
        get: operations["getProvidersByIdHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List fees
         * @description Every fee valid on `asOf` (default today), filtered, in id order. Citations are always inline; texts are in the language asked for. Add `format=csv` for a spreadsheet.
         */
        get: operations["getFees"];
        put?: never;
        /**
         * Create a fee
         * @description Needs an editor or admin key. The body is validated strictly (unknown fields are rejected); a record as GET returns it is a valid body (read-only fields are ignored). With `Idempotency-Key`, a retry returns the first answer.
         */
        post: operations["postFees"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fees/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One fee
         * @description The fee with its citations, whatever its validity period.
         */
        get: operations["getFeesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a fee
         * @description A JSON merge patch (RFC 7396) under If-Match: fields present replace, null clears, a text may change in one language alone (`{"notes": {"en": …}}`), a list (citations) is replaced whole; the merged record is validated as a whole. 428 without If-Match, 412 when someone changed the record since.
         */
        patch: operations["patchFeesById"];
        trace?: never;
    };
    "/v1/fees/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retire a fee
         * @description Ends the fact's validity on `validTo` (default today); it stays readable with `asOf` inside its period. Nothing is deleted.
         */
        post: operations["postFeesByIdRetire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fees/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A fee's versions
         * @description Every change to the record (and, for a fact, every confirmation of it), oldest first, with who made it and the record before and after.
         */
        get: operations["getFeesByIdHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/referral-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List referral rules
         * @description Every referral rule valid on `asOf` (default today), filtered, in id order. Citations are always inline; texts are in the language asked for. Add `format=csv` for a spreadsheet.
         */
        get: operations["getReferralRules"];
        put?: never;
        /**
         * Create a referral rule
         * @description Needs an editor or admin key. The body is validated strictly (unknown fields are rejected); a record as GET returns it is a valid body (read-only fields are ignored). With `Idempotency-Key`, a retry returns the first answer.
         */
        post: operations["postReferralRules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/referral-rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One referral rule
         * @description The referral rule with its citations, whatever its validity period.
         */
        get: operations["getReferralRulesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a referral rule
         * @description A JSON merge patch (RFC 7396) under If-Match: fields present replace, null clears, a text may change in one language alone (`{"notes": {"en": …}}`), a list (citations) is replaced whole; the merged record is validated as a whole. 428 without If-Match, 412 when someone changed the record since.
         */
        patch: operations["patchReferralRulesById"];
        trace?: never;
    };
    "/v1/referral-rules/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retire a referral rule
         * @description Ends the fact's validity on `validTo` (default today); it stays readable with `asOf` inside its period. Nothing is deleted.
         */
        post: operations["postReferralRulesByIdRetire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/referral-rules/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A referral rule's versions
         * @description Every change to the record (and, for a fact, every confirmation of it), oldest first, with who made it and the record before and after.
         */
        get: operations["getReferralRulesByIdHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/home-care-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List home-care policies
         * @description Every home-care policy valid on `asOf` (default today), filtered, in id order. Citations are always inline; texts are in the language asked for. Add `format=csv` for a spreadsheet.
         */
        get: operations["getHomeCarePolicies"];
        put?: never;
        /**
         * Create a home-care policy
         * @description Needs an editor or admin key. The body is validated strictly (unknown fields are rejected); a record as GET returns it is a valid body (read-only fields are ignored). With `Idempotency-Key`, a retry returns the first answer.
         */
        post: operations["postHomeCarePolicies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/home-care-policies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One home-care policy
         * @description The home-care policy with its citations, whatever its validity period.
         */
        get: operations["getHomeCarePoliciesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a home-care policy
         * @description A JSON merge patch (RFC 7396) under If-Match: fields present replace, null clears, a text may change in one language alone (`{"notes": {"en": …}}`), a list (citations) is replaced whole; the merged record is validated as a whole. 428 without If-Match, 412 when someone changed the record since.
         */
        patch: operations["patchHomeCarePoliciesById"];
        trace?: never;
    };
    "/v1/home-care-policies/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retire a home-care policy
         * @description Ends the fact's validity on `validTo` (default today); it stays readable with `asOf` inside its period. Nothing is deleted.
         */
        post: operations["postHomeCarePoliciesByIdRetire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/home-care-policies/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A home-care policy's versions
         * @description Every change to the record (and, for a fact, every confirmation of it), oldest first, with who made it and the record before and after.
         */
        get: operations["getHomeCarePoliciesByIdHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List decisions
         * @description Every decision valid on `asOf` (default today), filtered, in id order. Citations are always inline; texts are in the language asked for. Add `format=csv` for a spreadsheet.
         */
        get: operations["getDecisions"];
        put?: never;
        /**
         * Create a decision
         * @description Needs an editor or admin key. The body is validated strictly (unknown fields are rejected); a record as GET returns it is a valid body (read-only fields are ignored). With `Idempotency-Key`, a retry returns the first answer.
         */
        post: operations["postDecisions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decisions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One decision
         * @description The decision with its citations, whatever its validity period.
         */
        get: operations["getDecisionsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a decision
         * @description A JSON merge patch (RFC 7396) under If-Match: fields present replace, null clears, a text may change in one language alone (`{"notes": {"en": …}}`), a list (citations) is replaced whole; the merged record is validated as a whole. 428 without If-Match, 412 when someone changed the record since.
         */
        patch: operations["patchDecisionsById"];
        trace?: never;
    };
    "/v1/decisions/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retire a decision
         * @description Ends the fact's validity on `validTo` (default today); it stays readable with `asOf` inside its period. Nothing is deleted.
         */
        post: operations["postDecisionsByIdRetire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decisions/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A decision's versions
         * @description Every change to the record (and, for a fact, every confirmation of it), oldest first, with who made it and the record before and after.
         */
        get: operations["getDecisionsByIdHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/specialist-care": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List specialist-care statements
         * @description Every specialist-care statement valid on `asOf` (default today), filtered, in id order. Citations are always inline; texts are in the language asked for. Add `format=csv` for a spreadsheet.
         */
        get: operations["getSpecialistCare"];
        put?: never;
        /**
         * Create a specialist-care statement
         * @description Needs an editor or admin key. The body is validated strictly (unknown fields are rejected); a record as GET returns it is a valid body (read-only fields are ignored). With `Idempotency-Key`, a retry returns the first answer.
         */
        post: operations["postSpecialistCare"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/specialist-care/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One specialist-care statement
         * @description The specialist-care statement with its citations, whatever its validity period.
         */
        get: operations["getSpecialistCareById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a specialist-care statement
         * @description A JSON merge patch (RFC 7396) under If-Match: fields present replace, null clears, a text may change in one language alone (`{"notes": {"en": …}}`), a list (citations) is replaced whole; the merged record is validated as a whole. 428 without If-Match, 412 when someone changed the record since.
         */
        patch: operations["patchSpecialistCareById"];
        trace?: never;
    };
    "/v1/specialist-care/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retire a specialist-care statement
         * @description Ends the fact's validity on `validTo` (default today); it stays readable with `asOf` inside its period. Nothing is deleted.
         */
        post: operations["postSpecialistCareByIdRetire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/specialist-care/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A specialist-care statement's versions
         * @description Every change to the record (and, for a fact, every confirmation of it), oldest first, with who made it and the record before and after.
         */
        get: operations["getSpecialistCareByIdHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/compare/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Compare regions side by side
         * @description A matrix of dimensions by regions for one condition on one date: each dimension a row with one cell per region. Each cell has its dimension's status and typed value, a short answer, a summary and its citations; `differs` marks the dimensions where the regions differ. Without `regions`, all 21.
         */
        get: operations["getCompareRegions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/compare/dimensions/{dimension}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One dimension across all regions
         * @description Each region's cell for one dimension, counts per status, and min/median/max for amounts such as fees. An unknown dimension is a 404 naming the dimensions.
         */
        get: operations["getCompareDimensionsByDimension"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where the evidence is missing
         * @description Per region and dimension: whether anything is known on the date, how recent its evidence is, and how strong its sources are.
         */
        get: operations["getCoverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/citations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a citation
         * @description Needs an editor or admin key. The body is validated strictly (unknown fields are rejected); a record as GET returns it is a valid body (read-only fields are ignored). With `Idempotency-Key`, a retry returns the first answer.
         */
        post: operations["postCitations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/citations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One citation
         * @description A citation with the fact it backs, retired or not.
         */
        get: operations["getCitationsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a citation
         * @description A JSON merge patch (RFC 7396) under If-Match: fields present replace, null clears, a text may change in one language alone (`{"notes": {"en": …}}`), a list (citations) is replaced whole; the merged record is validated as a whole. 428 without If-Match, 412 when someone changed the record since.
         */
        patch: operations["patchCitationsById"];
        trace?: never;
    };
    "/v1/citations/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retire a citation
         * @description Marks the citation retired; it stays readable. Nothing is deleted. A fact's last citation cannot be retired.
         */
        post: operations["postCitationsByIdRetire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/citations/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A citation's versions
         * @description Every change to the record (and, for a fact, every confirmation of it), oldest first, with who made it and the record before and after.
         */
        get: operations["getCitationsByIdHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/confirmations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List confirmations
         * @description Confirmations newest check first: of one fact (`factKind` and `factId`), of one source, or all.
         */
        get: operations["getConfirmations"];
        put?: never;
        /**
         * Confirm a fact
         * @description Needs an editor or admin key. Records that the source, checked on `checkedOn`, still supports the fact; the fact is unchanged, but its evidence is as recent as the check for every date from `checkedOn` on (never before it), so a stale answer turns fresh. The same fact, source and day again answers 200 with the confirmation already recorded, and records nothing new. A new confirmation moves the fact's version (and ETag) on, and is in the change feed and the fact's history.
         */
        post: operations["postConfirmations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/confirmations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One confirmation
         * @description A confirmation with the fact it confirms.
         */
        get: operations["getConfirmationsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What needs checking
         * @description Every stale or unknown answer on `asOf` (default today), most important to patients first (specialist care, then referral, fees, home care, municipal support, decisions), then the oldest evidence first. Each with the facts and sources it last rested on and, for a stale answer, the confirmation to send once the source has been checked again.
         */
        get: operations["getReview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The change feed
         * @description Every write in order. Start without `since`, then pass the `page.cursor` of the last page to get what changed after it (or follow `page.next`, also sent as a `Link` header): third-party apps use this to stay in sync.
         */
        get: operations["getChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/changes/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The change feed, live
         * @description Server-Sent Events: one `change` event per write, as `/v1/changes` shows it, whose `id` is its position in the change log. Without `since` or `Last-Event-ID` the stream starts with the next write; with either, right after that position (`Last-Event-ID`, which browsers send when they reconnect, wins). A comment line every 15 s keeps the connection open. A client that takes nothing of its buffer for 10 s is sent a last `dropped` event (`reason`, `detail`, `lastEventId`) and closed: reconnect with that Last-Event-ID. To mirror the data, take `GET /v1/export` and follow the stream from its `cursor`.
         */
        get: operations["getChangesStream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The whole dataset on a date
         * @description In one answer: the regions, municipalities and conditions, every fact holding on `asOf` with its citations and confirmations, and every source they cite, every text in Swedish and English, with the change-log `cursor` it reflects. Mirror it, then follow `/v1/changes/stream?since=<cursor>` (or page `/v1/changes?since=<cursor>`). As NDJSON (`format=ndjson`), the first line is `{"type": "export", "asOf", "cursor", "version"}` and each further line one record, `{"type": <collection or fact path>, "data": <record>}`. Cached like every read: a strong ETag, 304 on If-None-Match.
         */
        get: operations["getExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys
         * @description Every key with its role, display name and whether it is revoked; never the secrets.
         */
        get: operations["getKeys"];
        put?: never;
        /**
         * Create an API key
         * @description Returns the new key once; only its hash is stored. A name that was ever used (even revoked) is refused: one name, one identity.
         */
        post: operations["postKeys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/keys/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who created and revoked which key
         * @description The audit of key management, oldest first.
         */
        get: operations["getKeysEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/keys/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description The key stops working at once. The record stays, for the change log and the audit. The last active admin key is not revoked (409): create another admin key first.
         */
        delete: operations["deleteKeysByName"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook subscriptions
         * @description Every subscription, oldest first, with whether it is enabled and, if not, why; never the secrets.
         */
        get: operations["getWebhooks"];
        put?: never;
        /**
         * Subscribe a URL to changes
         * @description Needs an admin key. The answer carries the signing secret, the only time it is shown. Each change to a followed resource is POSTed as JSON `{"type": "fees.updated", "timestamp": …, "data": <the change as /v1/changes shows it>}`, signed per Standard Webhooks: `webhook-id` (the same on every retry of it), `webhook-timestamp` (Unix seconds of the attempt) and `webhook-signature: v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}">`, keyed with the base64-decoded part of the secret after `whsec_`. A 2xx answer delivers it; anything else (a redirect too), or no answer within 15 s, is retried with a doubling delay (or the receiver's Retry-After) for about three and a half days, then the subscription is disabled, saying why; 410 Gone disables it at once. Deliveries may arrive out of order: order them by `data.id`.
         */
        post: operations["postWebhooks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One webhook subscription
         * @description The subscription, with whether it is enabled and, if not, why; never its secret.
         */
        get: operations["getWebhooksById"];
        put?: never;
        post?: never;
        /**
         * Unsubscribe
         * @description Nothing more is sent. The subscription and its deliveries stay on record.
         */
        delete: operations["deleteWebhooksById"];
        options?: never;
        head?: never;
        /**
         * Change a webhook subscription
         * @description A JSON merge patch. `enabled: true` resumes a disabled subscription: its pending deliveries are attempted again.
         */
        patch: operations["patchWebhooksById"];
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A subscription's deliveries
         * @description Every change sent (or to be sent) to the subscription, newest first, with its status, attempts and the last answer.
         */
        get: operations["getWebhooksByIdDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    change: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A change, sent to a subscribed URL
         * @description Signed per Standard Webhooks: verify `webhook-signature` (`v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`, keyed with the bytes of the subscription secret after `whsec_`), reject old timestamps, and use `webhook-id` to process each change once.
         */
        post: operations["changeWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * @example {
         *       "jurisdictionLevel": "region",
         *       "regionCode": "23",
         *       "kind": "motion",
         *       "stage": "proposed",
         *       "outcome": "considered_answered",
         *       "title": {
         *         "sv": "Svar på motion från Ann-Marie Johansson (S) om kvalificerad vård i hemmet för fler patienter",
         *         "en": "Answer to a motion by Ann-Marie Johansson (S) on qualified care at home for more patients"
         *       },
         *       "body": {
         *         "sv": "Regionstyrelsen",
         *         "en": "The regional executive board"
         *       },
         *       "date": "2019-05-29",
         *       "filedOn": null,
         *       "referenceNumber": "RS/148/2019",
         *       "proposer": "Ann-Marie Johansson",
         *       "proposerParty": "S",
         *       "respondent": null,
         *       "proposals": [
         *         {
         *           "sv": "Ett försök där läkare vid välbemannade hälsocentraler vårdar patienter i hemmet, med stöd av MiNT.",
         *           "en": "A trial of doctors at well-staffed health centres caring for patients at home, supervised by MiNT."
         *         }
         *       ],
         *       "summary": {
         *         "sv": "Regionstyrelsen ställer sig bakom hälso- och sjukvårdsnämndens förslag att fullmäktige ska anse motionen besvarad; 9 röstade för det och 6 för att bifalla motionen.",
         *         "en": "The executive board supports the health board's proposal that the council consider the motion answered; 9 voted for that, 6 for approving the motion."
         *       },
         *       "conditionIds": [],
         *       "votesForMotion": 6,
         *       "votesAgainstMotion": 9,
         *       "votesAbstained": 0,
         *       "validFrom": "2019-05-29",
         *       "validTo": null,
         *       "notes": {
         *         "sv": "Fullmäktiges eget beslut finns inte i källan.",
         *         "en": "The council's own decision is not in the source."
         *       },
         *       "citations": [
         *         {
         *           "kind": "quote",
         *           "sourceId": "jamtland-2019-rs-108-vard-i-hemmet",
         *           "locator": "§108, Omröstningsresultat",
         *           "quote": "Med 9 ja-röster och 6 nej-röster finner ordföranden att regiondirektörens förslag antas.",
         *           "supports": "votesForMotion, votesAgainstMotion"
         *         }
         *       ]
         *     }
         */
        DecisionWriteInput: {
            /** @description Read-only: set by the server, ignored here. */
            id?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            confirmations?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            evidenceDate?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            createdAt?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            updatedAt?: unknown;
            /** @enum {string} */
            jurisdictionLevel: "nation" | "region" | "municipality";
            regionCode: string | null;
            /** @enum {string} */
            kind: "motion" | "written_question" | "board_decision" | "regulation" | "interpellation" | "government_assignment" | "citizen_proposal" | "budget";
            /**
             * @description How far the matter had come in the step this record describes: filed, proposed (one body proposes to another), decided or answered.
             * @enum {string}
             */
            stage: "filed" | "proposed" | "decided" | "answered";
            /**
             * @description The outcome of the step; at the stage "proposed", the outcome proposed, not decided.
             * @enum {string}
             */
            outcome: "approved" | "rejected" | "considered_answered" | "answered" | "pending" | "unknown";
            /** @description The matter's title: the document's own (Swedish) title, and an English rendering. In Swedish and English. */
            title: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv: string;
                /** @description In English, saying the same. */
                en: string;
            };
            /** @description The body acting at this stage ("Regionstyrelsen" / "the regional executive board"); null where the source does not say. In Swedish and English. */
            body: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv: string;
                /** @description In English, saying the same. */
                en: string;
            } | null;
            /** @description The date of this stage: the decision, proposal or answer. */
            date: string | null;
            filedOn: string | null;
            referenceNumber: string | null;
            proposer: string | null;
            proposerParty: string | null;
            respondent: string | null;
            /** @description What the motion or question proposes, point by point. Each in Swedish and English. */
            proposals: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv: string;
                /** @description In English, saying the same. */
                en: string;
            }[];
            /** @description What happened at this stage, in the project's words. In Swedish and English. */
            summary: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv: string;
                /** @description In English, saying the same. */
                en: string;
            };
            conditionIds: string[];
            /** @description In a roll-call vote, the votes for approving the motion. */
            votesForMotion: number | null;
            /** @description In a roll-call vote, the votes against the motion (for the other proposal). */
            votesAgainstMotion: number | null;
            votesAbstained: number | null;
            /**
             * Format: date
             * @description First day the cited sources support the fact: a start they state, else the date of the evidence.
             * @example 2021-03-31
             */
            validFrom: string;
            /** @description Last day the fact held (inclusive), where a source states it; null if open-ended. */
            validTo: string | null;
            /**
             * @description An earlier fact of the same kind that this one replaces from its validFrom.
             * @default null
             */
            supersedes: string | null;
            /** @description Caveats on precision or scope. In Swedish and English. */
            notes: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv: string;
                /** @description In English, saying the same. */
                en: string;
            } | null;
            citations: {
                /**
                 * @description A verbatim `quote` (documents the project holds) or a `reference` (a web page, in the project's own words).
                 * @default quote
                 * @enum {string}
                 */
                kind: "quote" | "reference";
                /** @description The cited source; in a data file with one source, defaults to it. */
                sourceId?: string;
                /**
                 * @description Page, section or heading, where known.
                 * @example Förslag till beslut
                 */
                locator: string | null;
                /**
                 * @description For a quote: a short verbatim excerpt, whitespace normalised.
                 * @default null
                 * @example Patientavgiften ingår i högkostnadsskyddet.
                 */
                quote: string | null;
                /**
                 * @description For a reference: what the source says, in the project's own words. In Swedish and English.
                 * @default null
                 */
                reference: {
                    /** @description In Swedish (written first: the sources are Swedish). */
                    sv: string;
                    /** @description In English, saying the same. */
                    en: string;
                } | null;
                /**
                 * @description Which fields of the fact the citation backs.
                 * @example countsTowardHighCostCeiling
                 */
                supports: string | null;
                /** @description Read-only: set by the server, ignored here. */
                id?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceTitle?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceIssuer?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceUrl?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceDate?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceDateKind?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceStrength?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                secondary?: unknown;
            }[];
        };
        /**
         * @example {
         *       "regionCode": "14",
         *       "providerId": "vgr-smarthjalpen",
         *       "visitType": "specialist_visit",
         *       "amountSek": 300,
         *       "countsTowardHighCostCeiling": true,
         *       "status": "charged",
         *       "validFrom": "2021-03-31",
         *       "validTo": "2021-12-31",
         *       "notes": null,
         *       "citations": [
         *         {
         *           "kind": "quote",
         *           "sourceId": "vgr-2021-smarthjalpen-me",
         *           "locator": null,
         *           "quote": "Patientavgiften ingår i högkostnadsskyddet.",
         *           "supports": "countsTowardHighCostCeiling"
         *         }
         *       ]
         *     }
         */
        FeeWriteInput: {
            /** @description Read-only: set by the server, ignored here. */
            id?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            confirmations?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            evidenceDate?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            createdAt?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            updatedAt?: unknown;
            /**
             * @description SCB county code of a region.
             * @example 14
             */
            regionCode: string;
            /** @description The provider charging it, or null for a region-wide fee. */
            providerId: string | null;
            /** @enum {string} */
            visitType: "specialist_visit" | "primary_care_visit" | "home_visit";
            /**
             * @description Whole Swedish kronor.
             * @example 300
             */
            amountSek: number | null;
            /** @description Whether the fee counts toward högkostnadsskyddet; null if unknown. */
            countsTowardHighCostCeiling: boolean | null;
            /** @enum {string} */
            status: "charged" | "free" | "unknown";
            /**
             * Format: date
             * @description First day the cited sources support the fact: a start they state, else the date of the evidence.
             * @example 2021-03-31
             */
            validFrom: string;
            /** @description Last day the fact held (inclusive), where a source states it; null if open-ended. */
            validTo: string | null;
            /**
             * @description An earlier fact of the same kind that this one replaces from its validFrom.
             * @default null
             */
            supersedes: string | null;
            /** @description Caveats on precision or scope. In Swedish and English. */
            notes: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv: string;
                /** @description In English, saying the same. */
                en: string;
            } | null;
            citations: {
                /**
                 * @description A verbatim `quote` (documents the project holds) or a `reference` (a web page, in the project's own words).
                 * @default quote
                 * @enum {string}
                 */
                kind: "quote" | "reference";
                /** @description The cited source; in a data file with one source, defaults to it. */
                sourceId?: string;
                /**
                 * @description Page, section or heading, where known.
                 * @example Förslag till beslut
                 */
                locator: string | null;
                /**
                 * @description For a quote: a short verbatim excerpt, whitespace normalised.
                 * @default null
                 * @example Patientavgiften ingår i högkostnadsskyddet.
                 */
                quote: string | null;
                /**
                 * @description For a reference: what the source says, in the project's own words. In Swedish and English.
                 * @default null
                 */
                reference: {
                    /** @description In Swedish (written first: the sources are Swedish). */
                    sv: string;
                    /** @description In English, saying the same. */
                    en: string;
                } | null;
                /**
                 * @description Which fields of the fact the citation backs.
                 * @example countsTowardHighCostCeiling
                 */
                supports: string | null;
                /** @description Read-only: set by the server, ignored here. */
                id?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceTitle?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceIssuer?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceUrl?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceDate?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceDateKind?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceStrength?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                secondary?: unknown;
            }[];
        };
        /**
         * @example {
         *       "jurisdictionLevel": "region",
         *       "regionCode": "18",
         *       "municipalityCode": null,
         *       "service": "occupational_therapist_home_visit",
         *       "ageGroup": "all",
         *       "evidence": "proposal",
         *       "conditionId": "me-cfs",
         *       "status": "municipal_responsibility",
         *       "legalBasis": "hsl",
         *       "grounds": {
         *         "sv": "Förvaltningens svar på motionen: hembesök är kommunens ansvar, och kommunens arbetsterapeuter gör redan sådana besök.",
         *         "en": "The administration's answer to the motion: home visits are a municipal responsibility; municipal occupational therapists already make them."
         *       },
         *       "decisionId": "orebro-2024-motion-hemsjukvard-me",
         *       "validFrom": "2024-11-13",
         *       "validTo": null,
         *       "notes": null,
         *       "citations": [
         *         {
         *           "kind": "quote",
         *           "sourceId": "orebro-2024-motion-hemsjukvard-me",
         *           "locator": "Sammanfattning",
         *           "quote": "Besök i hemmet ligger inom kommunalt ansvar där kommunens arbetsterapeuter idag gör hembesök för utprovning och för att se behovet på plats.",
         *           "supports": "status, grounds"
         *         }
         *       ]
         *     }
         */
        HomeCarePolicyWriteInput: {
            /** @description Read-only: set by the server, ignored here. */
            id?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            confirmations?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            evidenceDate?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            createdAt?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            updatedAt?: unknown;
            /** @enum {string} */
            jurisdictionLevel: "nation" | "region" | "municipality";
            regionCode: string | null;
            municipalityCode: string | null;
            /** @enum {string} */
            service: "doctor_home_visit" | "nurse_home_visit" | "occupational_therapist_home_visit" | "counselor_home_visit" | "digital_dental_care" | "mobile_dental_care" | "home_help" | "housing_support" | "personal_assistance" | "residential_care";
            /**
             * @description Whom the policy concerns, as the source says: adults, children, older people, all, or unknown.
             * @enum {string}
             */
            ageGroup: "adults" | "children" | "all" | "unknown" | "older_people";
            /**
             * @description What the policy rests on: the jurisdiction's own statement, a proposal not yet decided, or interview accounts (not written policy).
             * @enum {string}
             */
            evidence: "statement" | "proposal" | "interview_accounts";
            /** @description The condition the policy is specific to, or null for a general policy. */
            conditionId: string | null;
            /** @enum {string} */
            status: "offered" | "offered_after_needs_assessment" | "not_offered" | "municipal_responsibility" | "under_trial" | "unknown";
            /** @description HSL (health care), SoL (social services) or LSS. */
            legalBasis: ("hsl" | "sol" | "lss") | null;
            /** @description The grounds the jurisdiction states, in the project's words. In Swedish and English. */
            grounds: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv: string;
                /** @description In English, saying the same. */
                en: string;
            } | null;
            /** @description The decision that shaped the policy. */
            decisionId: string | null;
            /**
             * Format: date
             * @description First day the cited sources support the fact: a start they state, else the date of the evidence.
             * @example 2021-03-31
             */
            validFrom: string;
            /** @description Last day the fact held (inclusive), where a source states it; null if open-ended. */
            validTo: string | null;
            /**
             * @description An earlier fact of the same kind that this one replaces from its validFrom.
             * @default null
             */
            supersedes: string | null;
            /** @description Caveats on precision or scope. In Swedish and English. */
            notes: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv: string;
                /** @description In English, saying the same. */
                en: string;
            } | null;
            citations: {
                /**
                 * @description A verbatim `quote` (documents the project holds) or a `reference` (a web page, in the project's own words).
                 * @default quote
                 * @enum {string}
                 */
                kind: "quote" | "reference";
                /** @description The cited source; in a data file with one source, defaults to it. */
                sourceId?: string;
                /**
                 * @description Page, section or heading, where known.
                 * @example Förslag till beslut
                 */
                locator: string | null;
                /**
                 * @description For a quote: a short verbatim excerpt, whitespace normalised.
                 * @default null
                 * @example Patientavgiften ingår i högkostnadsskyddet.
                 */
                quote: string | null;
                /**
                 * @description For a reference: what the source says, in the project's own words. In Swedish and English.
                 * @default null
                 */
                reference: {
                    /** @description In Swedish (written first: the sources are Swedish). */
                    sv: string;
                    /** @description In English, saying the same. */
                    en: string;
                } | null;
                /**
                 * @description Which fields of the fact the citation backs.
                 * @example countsTowardHighCostCeiling
                 */
                supports: string | null;
                /** @description Read-only: set by the server, ignored here. */
                id?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceTitle?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceIssuer?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceUrl?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceDate?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceDateKind?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceStrength?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                secondary?: unknown;
            }[];
        };
        /**
         * @example {
         *       "name": "Smärthjälpen Sverige AB",
         *       "shortName": "Smärthjälpen",
         *       "kind": "company",
         *       "operatedAs": "contracted",
         *       "contractStart": "2017-11-01",
         *       "contractEnd": "2021-12-31",
         *       "regionCode": "14",
         *       "municipalityCode": "1480",
         *       "address": "Anders Personsgatan 12, Göteborg",
         *       "website": null,
         *       "phone": null,
         *       "email": null,
         *       "scheduleDescription": null,
         *       "description": {
         *         "sv": "Specialistmottagning på avtal med regionen för vuxna med misstänkt fibromyalgi, långvarig smärta och/eller ME.",
         *         "en": "Contracted specialist clinic for adults with suspected fibromyalgia, long-term pain and/or ME."
         *       },
         *       "conditionIds": [
         *         "fibromyalgia",
         *         "long-term-pain",
         *         "me-cfs"
         *       ],
         *       "status": "operating",
         *       "validFrom": "2021-03-31",
         *       "validTo": "2021-12-31",
         *       "notes": {
         *         "sv": "Avtalet gällde från 1 november 2017; sidan anger dess innehåll först per 31 mars 2021.",
         *         "en": "The contract ran from 2017-11-01; the page states its scope only as of 2021-03-31."
         *       },
         *       "citations": [
         *         {
         *           "kind": "quote",
         *           "sourceId": "vgr-2021-smarthjalpen-me",
         *           "locator": "Bakgrund och nuläge",
         *           "quote": "Avtalet med Smärthjälpen har därför förlängts och gäller nu under hela 2021.",
         *           "supports": "validTo"
         *         }
         *       ]
         *     }
         */
        ProviderWriteInput: {
            /** @description Read-only: set by the server, ignored here. */
            id?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            confirmations?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            evidenceDate?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            createdAt?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            updatedAt?: unknown;
            /** @example Smärthjälpen Sverige AB */
            name: string;
            /**
             * @description A short name for a map tile or a narrow column; null when the name is short.
             * @default null
             * @example Smärthjälpen
             */
            shortName: string | null;
            /**
             * @description A multidisciplinary conference advises other doctors: it is not a clinic patients are referred to.
             * @enum {string}
             */
            kind: "clinic" | "team" | "company" | "multidisciplinary_conference";
            /**
             * @description Region-run, contracted by the region, municipal, or private (without an agreement with the region: not the region's own offer).
             * @enum {string}
             */
            operatedAs: "region_run" | "contracted" | "municipal" | "private" | "unknown";
            /**
             * @description For a contracted provider: the first day of its contract with the region, where a source states it.
             * @default null
             */
            contractStart: string | null;
            /**
             * @description For a contracted provider: the last day of its contract, where a source states it.
             * @default null
             */
            contractEnd: string | null;
            /**
             * @description SCB county code of a region.
             * @example 14
             */
            regionCode: string;
            municipalityCode: string | null;
            /** @description Street address, as the source gives it (HSDS: address). */
            address: string | null;
            /**
             * @description The provider's own web page (HSDS: website), where a source gives it.
             * @default null
             */
            website: string | null;
            /**
             * @description A phone number as the source writes it (HSDS: phone.number).
             * @default null
             * @example 031-10 10 10
             */
            phone: string | null;
            /**
             * @description A contact e-mail address (HSDS: email), where a source gives it.
             * @default null
             */
            email: string | null;
            /**
             * @description Opening days or hours as the sources state them (HSDS: schedule.description). In Swedish and English.
             * @default null
             */
            scheduleDescription: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv: string;
                /** @description In English, saying the same. */
                en: string;
            } | null;
            /** @description What the provider does, in the project's words. In Swedish and English. */
            description: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv: string;
                /** @description In English, saying the same. */
                en: string;
            };
            /**
             * @description Conditions the provider covers.
             * @example [
             *       "me-cfs"
             *     ]
             */
            conditionIds: string[];
            /**
             * @description "paused": takes no new referrals; "unknown" when no source says whether it operates.
             * @enum {string}
             */
            status: "operating" | "closed" | "planned" | "unknown" | "paused";
            /**
             * Format: date
             * @description First day the cited sources support the fact: a start they state, else the date of the evidence.
             * @example 2021-03-31
             */
            validFrom: string;
            /** @description Last day the fact held (inclusive), where a source states it; null if open-ended. */
            validTo: string | null;
            /**
             * @description An earlier fact of the same kind that this one replaces from its validFrom.
             * @default null
             */
            supersedes: string | null;
            /** @description Caveats on precision or scope. In Swedish and English. */
            notes: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv: string;
                /** @description In English, saying the same. */
                en: string;
            } | null;
            citations: {
                /**
                 * @description A verbatim `quote` (documents the project holds) or a `reference` (a web page, in the project's own words).
                 * @default quote
                 * @enum {string}
                 */
                kind: "quote" | "reference";
                /** @description The cited source; in a data file with one source, defaults to it. */
                sourceId?: string;
                /**
                 * @description Page, section or heading, where known.
                 * @example Förslag till beslut
                 */
                locator: string | null;
                /**
                 * @description For a quote: a short verbatim excerpt, whitespace normalised.
                 * @default null
                 * @example Patientavgiften ingår i högkostnadsskyddet.
                 */
                quote: string | null;
                /**
                 * @description For a reference: what the source says, in the project's own words. In Swedish and English.
                 * @default null
                 */
                reference: {
                    /** @description In Swedish (written first: the sources are Swedish). */
                    sv: string;
                    /** @description In English, saying the same. */
                    en: string;
                } | null;
                /**
                 * @description Which fields of the fact the citation backs.
                 * @example countsTowardHighCostCeiling
                 */
                supports: string | null;
                /** @description Read-only: set by the server, ignored here. */
                id?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceTitle?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceIssuer?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceUrl?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceDate?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceDateKind?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceStrength?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                secondary?: unknown;
            }[];
        };
        /**
         * @example {
         *       "regionCode": "14",
         *       "providerId": "vgr-smarthjalpen",
         *       "pathway": "self_referral",
         *       "requiresFullyInvestigated": true,
         *       "prerequisites": {
         *         "sv": "Ingen annan bakomliggande diagnos som förklarar symtomen.",
         *         "en": "No other underlying diagnosis that explains the symptoms."
         *       },
         *       "maxTreatmentOccasions": 20,
         *       "ageGroup": "adults",
         *       "status": "allowed",
         *       "validFrom": "2021-03-31",
         *       "validTo": "2021-12-31",
         *       "notes": null,
         *       "citations": [
         *         {
         *           "kind": "quote",
         *           "sourceId": "vgr-2021-smarthjalpen-me",
         *           "locator": null,
         *           "quote": "Det är också möjligt att själv söka till Smärthjälpen genom så kallad egenremiss.",
         *           "supports": "pathway, status"
         *         }
         *       ]
         *     }
         */
        ReferralRuleWriteInput: {
            /** @description Read-only: set by the server, ignored here. */
            id?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            confirmations?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            evidenceDate?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            createdAt?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            updatedAt?: unknown;
            /**
             * @description SCB county code of a region.
             * @example 14
             */
            regionCode: string;
            providerId: string | null;
            /**
             * @description Who may refer: primary care, any doctor, or the patient (self-referral).
             * @enum {string}
             */
            pathway: "primary_care" | "any_doctor" | "self_referral";
            /** @description Whether the patient must be "färdigutredd". */
            requiresFullyInvestigated: boolean | null;
            /** @description Other prerequisites or terms the source states, in the project's words. In Swedish and English. */
            prerequisites: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv: string;
                /** @description In English, saying the same. */
                en: string;
            } | null;
            maxTreatmentOccasions: number | null;
            /** @enum {string} */
            ageGroup: "adults" | "children" | "all" | "unknown" | "older_people";
            /** @enum {string} */
            status: "allowed" | "not_allowed" | "unknown";
            /**
             * Format: date
             * @description First day the cited sources support the fact: a start they state, else the date of the evidence.
             * @example 2021-03-31
             */
            validFrom: string;
            /** @description Last day the fact held (inclusive), where a source states it; null if open-ended. */
            validTo: string | null;
            /**
             * @description An earlier fact of the same kind that this one replaces from its validFrom.
             * @default null
             */
            supersedes: string | null;
            /** @description Caveats on precision or scope. In Swedish and English. */
            notes: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv: string;
                /** @description In English, saying the same. */
                en: string;
            } | null;
            citations: {
                /**
                 * @description A verbatim `quote` (documents the project holds) or a `reference` (a web page, in the project's own words).
                 * @default quote
                 * @enum {string}
                 */
                kind: "quote" | "reference";
                /** @description The cited source; in a data file with one source, defaults to it. */
                sourceId?: string;
                /**
                 * @description Page, section or heading, where known.
                 * @example Förslag till beslut
                 */
                locator: string | null;
                /**
                 * @description For a quote: a short verbatim excerpt, whitespace normalised.
                 * @default null
                 * @example Patientavgiften ingår i högkostnadsskyddet.
                 */
                quote: string | null;
                /**
                 * @description For a reference: what the source says, in the project's own words. In Swedish and English.
                 * @default null
                 */
                reference: {
                    /** @description In Swedish (written first: the sources are Swedish). */
                    sv: string;
                    /** @description In English, saying the same. */
                    en: string;
                } | null;
                /**
                 * @description Which fields of the fact the citation backs.
                 * @example countsTowardHighCostCeiling
                 */
                supports: string | null;
                /** @description Read-only: set by the server, ignored here. */
                id?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceTitle?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceIssuer?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceUrl?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceDate?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceDateKind?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceStrength?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                secondary?: unknown;
            }[];
        };
        /**
         * @example {
         *       "regionCode": "22",
         *       "conditionId": "me-cfs",
         *       "status": "none",
         *       "referredToRegionCode": null,
         *       "description": {
         *         "sv": "Ett regionalt nyhetsinslag säger att länet saknar mottagning för ME-patienter.",
         *         "en": "A regional news report says the county has no clinic for ME patients."
         *       },
         *       "validFrom": "2019-09-01",
         *       "validTo": null,
         *       "notes": null,
         *       "citations": [
         *         {
         *           "kind": "reference",
         *           "sourceId": "vasternorrland-svt-me-sjuka-vadjar-om-vard",
         *           "locator": "första stycket",
         *           "reference": {
         *             "sv": "Patienter lämnade över en namninsamling till regionfullmäktiges ordförande; inslaget säger att länet saknar ME-mottagning.",
         *             "en": "Patients handed a petition to the regional council chair; the report says the county has no ME clinic."
         *           },
         *           "supports": "status"
         *         }
         *       ]
         *     }
         */
        SpecialistCareStatementWriteInput: {
            /** @description Read-only: set by the server, ignored here. */
            id?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            confirmations?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            evidenceDate?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            createdAt?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            updatedAt?: unknown;
            /**
             * @description SCB county code of a region.
             * @example 14
             */
            regionCode: string;
            /** @example me-cfs */
            conditionId: string;
            /**
             * @description "none": a source says the region has no specialist care for the condition; "elsewhere": it sends patients to another region.
             * @enum {string}
             */
            status: "available" | "none" | "elsewhere" | "unknown";
            /** @description Where patients are sent, for "elsewhere". */
            referredToRegionCode: string | null;
            /** @description What the source says, in the project's own words. In Swedish and English. */
            description: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv: string;
                /** @description In English, saying the same. */
                en: string;
            };
            /**
             * Format: date
             * @description First day the cited sources support the fact: a start they state, else the date of the evidence.
             * @example 2021-03-31
             */
            validFrom: string;
            /** @description Last day the fact held (inclusive), where a source states it; null if open-ended. */
            validTo: string | null;
            /**
             * @description An earlier fact of the same kind that this one replaces from its validFrom.
             * @default null
             */
            supersedes: string | null;
            /** @description Caveats on precision or scope. In Swedish and English. */
            notes: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv: string;
                /** @description In English, saying the same. */
                en: string;
            } | null;
            citations: {
                /**
                 * @description A verbatim `quote` (documents the project holds) or a `reference` (a web page, in the project's own words).
                 * @default quote
                 * @enum {string}
                 */
                kind: "quote" | "reference";
                /** @description The cited source; in a data file with one source, defaults to it. */
                sourceId?: string;
                /**
                 * @description Page, section or heading, where known.
                 * @example Förslag till beslut
                 */
                locator: string | null;
                /**
                 * @description For a quote: a short verbatim excerpt, whitespace normalised.
                 * @default null
                 * @example Patientavgiften ingår i högkostnadsskyddet.
                 */
                quote: string | null;
                /**
                 * @description For a reference: what the source says, in the project's own words. In Swedish and English.
                 * @default null
                 */
                reference: {
                    /** @description In Swedish (written first: the sources are Swedish). */
                    sv: string;
                    /** @description In English, saying the same. */
                    en: string;
                } | null;
                /**
                 * @description Which fields of the fact the citation backs.
                 * @example countsTowardHighCostCeiling
                 */
                supports: string | null;
                /** @description Read-only: set by the server, ignored here. */
                id?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceTitle?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceIssuer?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceUrl?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceDate?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceDateKind?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceStrength?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                secondary?: unknown;
            }[];
        };
        /**
         * @description Records that a source, checked on a date, still supports a fact; the fact itself is unchanged.
         * @example {
         *       "factKind": "fees",
         *       "factId": "orebro-specialistbesok-2024",
         *       "sourceId": "orebro-patientavgifter",
         *       "checkedOn": "2026-12-04",
         *       "locator": "Avgifter i öppen vård",
         *       "note": {
         *         "sv": "Sidan anger fortfarande 300 kr för ett besök hos specialistläkare.",
         *         "en": "The page still gives 300 SEK for a visit to a specialist doctor."
         *       }
         *     }
         */
        ConfirmationWriteInput: {
            /**
             * @description The kind of fact cited.
             * @enum {string}
             */
            factKind: "providers" | "fees" | "referralRules" | "homeCarePolicies" | "decisions" | "specialistCare";
            /** @description The fact confirmed. */
            factId: string;
            /** @description The source checked: a document the project holds or a web page (create it first if it is new). */
            sourceId: string;
            /**
             * Format: date
             * @description The date as of which the source supports the fact: the day an editor read a live page, or a stored page's own date. Evidence from that day on, never before it.
             * @example 2021-03-31
             */
            checkedOn: string;
            /**
             * @description Where in the source: a heading, a page, a table.
             * @example Avgifter i öppen vård
             */
            locator: string | null;
            /**
             * @description What the source says that supports the fact, in the project's own words (Swedish first). In Swedish and English.
             * @example {
             *       "sv": "Sidan anger fortfarande 300 kr för ett besök hos specialistläkare.",
             *       "en": "The page still gives 300 SEK for a visit to a specialist doctor."
             *     }
             */
            note: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv: string;
                /** @description In English, saying the same. */
                en: string;
            };
        };
        /** @description A source to create. */
        SourceWriteInput: {
            /** @description Read-only: set by the server, ignored here. */
            id?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            evidenceDate?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            secondary?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            held?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            retiredAt?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            createdAt?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            updatedAt?: unknown;
            /** @description The document's own (Swedish) title. */
            title: string;
            /** @description Who publishes it. */
            issuer: string;
            /**
             * @description What kind of publisher: news, patient associations, parties and individuals are secondary sources.
             * @enum {string}
             */
            publisherType: "region" | "municipality" | "agency" | "parliament" | "government" | "provider" | "news" | "patient_association" | "political_party" | "individual" | "other";
            /**
             * @description primary: the body itself (the region, a municipality, an agency, parliament, the government, the provider); secondary: reporting on it (news, a patient association, a party); weak: a reader's letter, a blog, a forum.
             * @enum {string}
             */
            strength: "primary" | "secondary" | "weak";
            /** @enum {string} */
            kind: "board_memo" | "minutes" | "written_answer" | "web_page" | "study" | "press_release" | "news_article" | "opinion_piece" | "report" | "blog_post" | "motion" | "letter";
            /** @description The source's own publication date, where it gives one. */
            publishedOn: string | null;
            /**
             * @description The date the source says it was last updated, where it gives one.
             * @default null
             */
            updatedOn: string | null;
            /**
             * @description For a source without a date: the earliest date it can have been written. Its facts never hold before it.
             * @default null
             */
            notBefore: string | null;
            /**
             * @description Why the source has no date, and how `notBefore` follows from it. In Swedish and English.
             * @default null
             */
            dateNote: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv: string;
                /** @description In English, saying the same. */
                en: string;
            } | null;
            /**
             * @description Why a secondary source is used, or other caveats. In Swedish and English.
             * @default null
             */
            note: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv: string;
                /** @description In English, saying the same. */
                en: string;
            } | null;
            referenceNumber: string | null;
            /** @description The text the project holds, for documents quoted verbatim. */
            fileName: string | null;
            url: string | null;
            /** @enum {string} */
            jurisdictionLevel: "nation" | "region" | "municipality";
            regionCode: string | null;
            municipalityCode: string | null;
        };
        /** @description A citation to add to a fact. */
        CitationWriteInput: {
            /** @description Read-only: set by the server, ignored here. */
            id?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            sourceTitle?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            sourceIssuer?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            sourceUrl?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            sourceDate?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            sourceDateKind?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            sourceStrength?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            secondary?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            retiredAt?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            createdAt?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            updatedAt?: unknown;
            /**
             * @description A verbatim `quote` (documents the project holds) or a `reference` (a web page, in the project's own words).
             * @default quote
             * @enum {string}
             */
            kind: "quote" | "reference";
            sourceId: string;
            /**
             * @description Page, section or heading, where known.
             * @example Förslag till beslut
             */
            locator: string | null;
            /**
             * @description For a quote: a short verbatim excerpt, whitespace normalised.
             * @default null
             * @example Patientavgiften ingår i högkostnadsskyddet.
             */
            quote: string | null;
            /**
             * @description For a reference: what the source says, in the project's own words. In Swedish and English.
             * @default null
             */
            reference: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv: string;
                /** @description In English, saying the same. */
                en: string;
            } | null;
            /**
             * @description Which fields of the fact the citation backs.
             * @example countsTowardHighCostCeiling
             */
            supports: string | null;
            /**
             * @description The kind of fact cited.
             * @enum {string}
             */
            factKind: "providers" | "fees" | "referralRules" | "homeCarePolicies" | "decisions" | "specialistCare";
            factId: string;
        };
        ApiKeyCreateInput: {
            /**
             * @description Who holds the key, for admins (it may be an e-mail address); never shown publicly.
             * @example anna.editor
             */
            name: string;
            /** @enum {string} */
            role: "editor" | "admin";
            /**
             * @description What the public change feed shows as the writer (default: the role).
             * @example RME editor
             */
            displayName?: string;
        };
        /** @description A URL to send changes to. */
        WebhookCreateInput: {
            /**
             * @description Where to POST: https, on a public address.
             * @example https://example.org/hooks/regionkollen
             */
            url: string;
            /**
             * @description The resources whose changes to send; empty: all.
             * @default []
             * @example [
             *       "fees",
             *       "providers"
             *     ]
             */
            resources: ("providers" | "fees" | "referral-rules" | "home-care-policies" | "decisions" | "specialist-care" | "sources" | "citations")[];
            /**
             * @description What the subscription is for, for admins.
             * @default null
             */
            description: string | null;
        };
        /** @description A JSON merge patch: the fields given replace, `description: null` clears it. */
        WebhookPatchInput: {
            /**
             * @description Where to POST: https, on a public address.
             * @example https://example.org/hooks/regionkollen
             */
            url?: string;
            /**
             * @description The resources whose changes to send; empty: all.
             * @example [
             *       "fees",
             *       "providers"
             *     ]
             */
            resources?: ("providers" | "fees" | "referral-rules" | "home-care-policies" | "decisions" | "specialist-care" | "sources" | "citations")[];
            /** @description What the subscription is for, for admins. */
            description?: string | null;
            /** @description false pauses delivery; true resumes it (and clears `disabledReason`). */
            enabled?: boolean;
        };
        /** @description A JSON merge patch of a source: any of its fields, each with its type. */
        SourcePatchInput: {
            /** @description Read-only: set by the server, ignored here. */
            id?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            evidenceDate?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            secondary?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            held?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            retiredAt?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            createdAt?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            updatedAt?: unknown;
            /** @description The document's own (Swedish) title. */
            title?: string;
            /** @description Who publishes it. */
            issuer?: string;
            /**
             * @description What kind of publisher: news, patient associations, parties and individuals are secondary sources.
             * @enum {string}
             */
            publisherType?: "region" | "municipality" | "agency" | "parliament" | "government" | "provider" | "news" | "patient_association" | "political_party" | "individual" | "other";
            /**
             * @description primary: the body itself (the region, a municipality, an agency, parliament, the government, the provider); secondary: reporting on it (news, a patient association, a party); weak: a reader's letter, a blog, a forum.
             * @enum {string}
             */
            strength?: "primary" | "secondary" | "weak";
            /** @enum {string} */
            kind?: "board_memo" | "minutes" | "written_answer" | "web_page" | "study" | "press_release" | "news_article" | "opinion_piece" | "report" | "blog_post" | "motion" | "letter";
            /** @description The source's own publication date, where it gives one. */
            publishedOn?: string | null;
            /** @description The date the source says it was last updated, where it gives one. */
            updatedOn?: string | null;
            /** @description For a source without a date: the earliest date it can have been written. Its facts never hold before it. */
            notBefore?: string | null;
            dateNote?: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv?: string;
                /** @description In English, saying the same. */
                en?: string;
            } | null;
            note?: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv?: string;
                /** @description In English, saying the same. */
                en?: string;
            } | null;
            referenceNumber?: string | null;
            /** @description The text the project holds, for documents quoted verbatim. */
            fileName?: string | null;
            url?: string | null;
            /** @enum {string} */
            jurisdictionLevel?: "nation" | "region" | "municipality";
            regionCode?: string | null;
            municipalityCode?: string | null;
        };
        /** @description A JSON merge patch of a provider: any of its fields, each with its type. */
        ProviderPatchInput: {
            /** @description Read-only: set by the server, ignored here. */
            id?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            confirmations?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            evidenceDate?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            createdAt?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            updatedAt?: unknown;
            /** @example Smärthjälpen Sverige AB */
            name?: string;
            /**
             * @description A short name for a map tile or a narrow column; null when the name is short.
             * @example Smärthjälpen
             */
            shortName?: string | null;
            /**
             * @description A multidisciplinary conference advises other doctors: it is not a clinic patients are referred to.
             * @enum {string}
             */
            kind?: "clinic" | "team" | "company" | "multidisciplinary_conference";
            /**
             * @description Region-run, contracted by the region, municipal, or private (without an agreement with the region: not the region's own offer).
             * @enum {string}
             */
            operatedAs?: "region_run" | "contracted" | "municipal" | "private" | "unknown";
            /** @description For a contracted provider: the first day of its contract with the region, where a source states it. */
            contractStart?: string | null;
            /** @description For a contracted provider: the last day of its contract, where a source states it. */
            contractEnd?: string | null;
            /**
             * @description SCB county code of a region.
             * @example 14
             */
            regionCode?: string;
            municipalityCode?: string | null;
            /** @description Street address, as the source gives it (HSDS: address). */
            address?: string | null;
            /** @description The provider's own web page (HSDS: website), where a source gives it. */
            website?: string | null;
            /**
             * @description A phone number as the source writes it (HSDS: phone.number).
             * @example 031-10 10 10
             */
            phone?: string | null;
            /** @description A contact e-mail address (HSDS: email), where a source gives it. */
            email?: string | null;
            scheduleDescription?: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv?: string;
                /** @description In English, saying the same. */
                en?: string;
            } | null;
            /** @description What the provider does, in the project's words. In Swedish and English. */
            description?: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv?: string;
                /** @description In English, saying the same. */
                en?: string;
            };
            /**
             * @description Conditions the provider covers.
             * @example [
             *       "me-cfs"
             *     ]
             */
            conditionIds?: string[];
            /**
             * @description "paused": takes no new referrals; "unknown" when no source says whether it operates.
             * @enum {string}
             */
            status?: "operating" | "closed" | "planned" | "unknown" | "paused";
            /**
             * Format: date
             * @description First day the cited sources support the fact: a start they state, else the date of the evidence.
             * @example 2021-03-31
             */
            validFrom?: string;
            /** @description Last day the fact held (inclusive), where a source states it; null if open-ended. */
            validTo?: string | null;
            /** @description An earlier fact of the same kind that this one replaces from its validFrom. */
            supersedes?: string | null;
            /** @description Caveats on precision or scope. In Swedish and English. */
            notes?: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv?: string;
                /** @description In English, saying the same. */
                en?: string;
            } | null;
            citations?: {
                /**
                 * @description A verbatim `quote` (documents the project holds) or a `reference` (a web page, in the project's own words).
                 * @default quote
                 * @enum {string}
                 */
                kind: "quote" | "reference";
                /** @description The cited source; in a data file with one source, defaults to it. */
                sourceId?: string;
                /**
                 * @description Page, section or heading, where known.
                 * @example Förslag till beslut
                 */
                locator: string | null;
                /**
                 * @description For a quote: a short verbatim excerpt, whitespace normalised.
                 * @default null
                 * @example Patientavgiften ingår i högkostnadsskyddet.
                 */
                quote: string | null;
                /**
                 * @description For a reference: what the source says, in the project's own words. In Swedish and English.
                 * @default null
                 */
                reference: {
                    /** @description In Swedish (written first: the sources are Swedish). */
                    sv: string;
                    /** @description In English, saying the same. */
                    en: string;
                } | null;
                /**
                 * @description Which fields of the fact the citation backs.
                 * @example countsTowardHighCostCeiling
                 */
                supports: string | null;
                /** @description Read-only: set by the server, ignored here. */
                id?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceTitle?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceIssuer?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceUrl?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceDate?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceDateKind?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceStrength?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                secondary?: unknown;
            }[];
        };
        /** @description A JSON merge patch of a fee: any of its fields, each with its type. */
        FeePatchInput: {
            /** @description Read-only: set by the server, ignored here. */
            id?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            confirmations?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            evidenceDate?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            createdAt?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            updatedAt?: unknown;
            /**
             * @description SCB county code of a region.
             * @example 14
             */
            regionCode?: string;
            /** @description The provider charging it, or null for a region-wide fee. */
            providerId?: string | null;
            /** @enum {string} */
            visitType?: "specialist_visit" | "primary_care_visit" | "home_visit";
            /**
             * @description Whole Swedish kronor.
             * @example 300
             */
            amountSek?: number | null;
            /** @description Whether the fee counts toward högkostnadsskyddet; null if unknown. */
            countsTowardHighCostCeiling?: boolean | null;
            /** @enum {string} */
            status?: "charged" | "free" | "unknown";
            /**
             * Format: date
             * @description First day the cited sources support the fact: a start they state, else the date of the evidence.
             * @example 2021-03-31
             */
            validFrom?: string;
            /** @description Last day the fact held (inclusive), where a source states it; null if open-ended. */
            validTo?: string | null;
            /** @description An earlier fact of the same kind that this one replaces from its validFrom. */
            supersedes?: string | null;
            /** @description Caveats on precision or scope. In Swedish and English. */
            notes?: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv?: string;
                /** @description In English, saying the same. */
                en?: string;
            } | null;
            citations?: {
                /**
                 * @description A verbatim `quote` (documents the project holds) or a `reference` (a web page, in the project's own words).
                 * @default quote
                 * @enum {string}
                 */
                kind: "quote" | "reference";
                /** @description The cited source; in a data file with one source, defaults to it. */
                sourceId?: string;
                /**
                 * @description Page, section or heading, where known.
                 * @example Förslag till beslut
                 */
                locator: string | null;
                /**
                 * @description For a quote: a short verbatim excerpt, whitespace normalised.
                 * @default null
                 * @example Patientavgiften ingår i högkostnadsskyddet.
                 */
                quote: string | null;
                /**
                 * @description For a reference: what the source says, in the project's own words. In Swedish and English.
                 * @default null
                 */
                reference: {
                    /** @description In Swedish (written first: the sources are Swedish). */
                    sv: string;
                    /** @description In English, saying the same. */
                    en: string;
                } | null;
                /**
                 * @description Which fields of the fact the citation backs.
                 * @example countsTowardHighCostCeiling
                 */
                supports: string | null;
                /** @description Read-only: set by the server, ignored here. */
                id?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceTitle?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceIssuer?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceUrl?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceDate?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceDateKind?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceStrength?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                secondary?: unknown;
            }[];
        };
        /** @description A JSON merge patch of a referral rule: any of its fields, each with its type. */
        ReferralRulePatchInput: {
            /** @description Read-only: set by the server, ignored here. */
            id?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            confirmations?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            evidenceDate?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            createdAt?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            updatedAt?: unknown;
            /**
             * @description SCB county code of a region.
             * @example 14
             */
            regionCode?: string;
            providerId?: string | null;
            /**
             * @description Who may refer: primary care, any doctor, or the patient (self-referral).
             * @enum {string}
             */
            pathway?: "primary_care" | "any_doctor" | "self_referral";
            /** @description Whether the patient must be "färdigutredd". */
            requiresFullyInvestigated?: boolean | null;
            /** @description Other prerequisites or terms the source states, in the project's words. In Swedish and English. */
            prerequisites?: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv?: string;
                /** @description In English, saying the same. */
                en?: string;
            } | null;
            maxTreatmentOccasions?: number | null;
            /** @enum {string} */
            ageGroup?: "adults" | "children" | "all" | "unknown" | "older_people";
            /** @enum {string} */
            status?: "allowed" | "not_allowed" | "unknown";
            /**
             * Format: date
             * @description First day the cited sources support the fact: a start they state, else the date of the evidence.
             * @example 2021-03-31
             */
            validFrom?: string;
            /** @description Last day the fact held (inclusive), where a source states it; null if open-ended. */
            validTo?: string | null;
            /** @description An earlier fact of the same kind that this one replaces from its validFrom. */
            supersedes?: string | null;
            /** @description Caveats on precision or scope. In Swedish and English. */
            notes?: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv?: string;
                /** @description In English, saying the same. */
                en?: string;
            } | null;
            citations?: {
                /**
                 * @description A verbatim `quote` (documents the project holds) or a `reference` (a web page, in the project's own words).
                 * @default quote
                 * @enum {string}
                 */
                kind: "quote" | "reference";
                /** @description The cited source; in a data file with one source, defaults to it. */
                sourceId?: string;
                /**
                 * @description Page, section or heading, where known.
                 * @example Förslag till beslut
                 */
                locator: string | null;
                /**
                 * @description For a quote: a short verbatim excerpt, whitespace normalised.
                 * @default null
                 * @example Patientavgiften ingår i högkostnadsskyddet.
                 */
                quote: string | null;
                /**
                 * @description For a reference: what the source says, in the project's own words. In Swedish and English.
                 * @default null
                 */
                reference: {
                    /** @description In Swedish (written first: the sources are Swedish). */
                    sv: string;
                    /** @description In English, saying the same. */
                    en: string;
                } | null;
                /**
                 * @description Which fields of the fact the citation backs.
                 * @example countsTowardHighCostCeiling
                 */
                supports: string | null;
                /** @description Read-only: set by the server, ignored here. */
                id?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceTitle?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceIssuer?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceUrl?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceDate?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceDateKind?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceStrength?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                secondary?: unknown;
            }[];
        };
        /** @description A JSON merge patch of a home-care policy: any of its fields, each with its type. */
        HomeCarePolicyPatchInput: {
            /** @description Read-only: set by the server, ignored here. */
            id?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            confirmations?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            evidenceDate?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            createdAt?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            updatedAt?: unknown;
            /** @enum {string} */
            jurisdictionLevel?: "nation" | "region" | "municipality";
            regionCode?: string | null;
            municipalityCode?: string | null;
            /** @enum {string} */
            service?: "doctor_home_visit" | "nurse_home_visit" | "occupational_therapist_home_visit" | "counselor_home_visit" | "digital_dental_care" | "mobile_dental_care" | "home_help" | "housing_support" | "personal_assistance" | "residential_care";
            /**
             * @description Whom the policy concerns, as the source says: adults, children, older people, all, or unknown.
             * @enum {string}
             */
            ageGroup?: "adults" | "children" | "all" | "unknown" | "older_people";
            /**
             * @description What the policy rests on: the jurisdiction's own statement, a proposal not yet decided, or interview accounts (not written policy).
             * @enum {string}
             */
            evidence?: "statement" | "proposal" | "interview_accounts";
            /** @description The condition the policy is specific to, or null for a general policy. */
            conditionId?: string | null;
            /** @enum {string} */
            status?: "offered" | "offered_after_needs_assessment" | "not_offered" | "municipal_responsibility" | "under_trial" | "unknown";
            /** @description HSL (health care), SoL (social services) or LSS. */
            legalBasis?: ("hsl" | "sol" | "lss") | null;
            /** @description The grounds the jurisdiction states, in the project's words. In Swedish and English. */
            grounds?: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv?: string;
                /** @description In English, saying the same. */
                en?: string;
            } | null;
            /** @description The decision that shaped the policy. */
            decisionId?: string | null;
            /**
             * Format: date
             * @description First day the cited sources support the fact: a start they state, else the date of the evidence.
             * @example 2021-03-31
             */
            validFrom?: string;
            /** @description Last day the fact held (inclusive), where a source states it; null if open-ended. */
            validTo?: string | null;
            /** @description An earlier fact of the same kind that this one replaces from its validFrom. */
            supersedes?: string | null;
            /** @description Caveats on precision or scope. In Swedish and English. */
            notes?: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv?: string;
                /** @description In English, saying the same. */
                en?: string;
            } | null;
            citations?: {
                /**
                 * @description A verbatim `quote` (documents the project holds) or a `reference` (a web page, in the project's own words).
                 * @default quote
                 * @enum {string}
                 */
                kind: "quote" | "reference";
                /** @description The cited source; in a data file with one source, defaults to it. */
                sourceId?: string;
                /**
                 * @description Page, section or heading, where known.
                 * @example Förslag till beslut
                 */
                locator: string | null;
                /**
                 * @description For a quote: a short verbatim excerpt, whitespace normalised.
                 * @default null
                 * @example Patientavgiften ingår i högkostnadsskyddet.
                 */
                quote: string | null;
                /**
                 * @description For a reference: what the source says, in the project's own words. In Swedish and English.
                 * @default null
                 */
                reference: {
                    /** @description In Swedish (written first: the sources are Swedish). */
                    sv: string;
                    /** @description In English, saying the same. */
                    en: string;
                } | null;
                /**
                 * @description Which fields of the fact the citation backs.
                 * @example countsTowardHighCostCeiling
                 */
                supports: string | null;
                /** @description Read-only: set by the server, ignored here. */
                id?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceTitle?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceIssuer?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceUrl?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceDate?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceDateKind?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceStrength?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                secondary?: unknown;
            }[];
        };
        /** @description A JSON merge patch of a decision: any of its fields, each with its type. */
        DecisionPatchInput: {
            /** @description Read-only: set by the server, ignored here. */
            id?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            confirmations?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            evidenceDate?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            createdAt?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            updatedAt?: unknown;
            /** @enum {string} */
            jurisdictionLevel?: "nation" | "region" | "municipality";
            regionCode?: string | null;
            /** @enum {string} */
            kind?: "motion" | "written_question" | "board_decision" | "regulation" | "interpellation" | "government_assignment" | "citizen_proposal" | "budget";
            /**
             * @description How far the matter had come in the step this record describes: filed, proposed (one body proposes to another), decided or answered.
             * @enum {string}
             */
            stage?: "filed" | "proposed" | "decided" | "answered";
            /**
             * @description The outcome of the step; at the stage "proposed", the outcome proposed, not decided.
             * @enum {string}
             */
            outcome?: "approved" | "rejected" | "considered_answered" | "answered" | "pending" | "unknown";
            /** @description The matter's title: the document's own (Swedish) title, and an English rendering. In Swedish and English. */
            title?: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv?: string;
                /** @description In English, saying the same. */
                en?: string;
            };
            /** @description The body acting at this stage ("Regionstyrelsen" / "the regional executive board"); null where the source does not say. In Swedish and English. */
            body?: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv?: string;
                /** @description In English, saying the same. */
                en?: string;
            } | null;
            /** @description The date of this stage: the decision, proposal or answer. */
            date?: string | null;
            filedOn?: string | null;
            referenceNumber?: string | null;
            proposer?: string | null;
            proposerParty?: string | null;
            respondent?: string | null;
            /** @description What the motion or question proposes, point by point. Each in Swedish and English. */
            proposals?: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv: string;
                /** @description In English, saying the same. */
                en: string;
            }[];
            /** @description What happened at this stage, in the project's words. In Swedish and English. */
            summary?: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv?: string;
                /** @description In English, saying the same. */
                en?: string;
            };
            conditionIds?: string[];
            /** @description In a roll-call vote, the votes for approving the motion. */
            votesForMotion?: number | null;
            /** @description In a roll-call vote, the votes against the motion (for the other proposal). */
            votesAgainstMotion?: number | null;
            votesAbstained?: number | null;
            /**
             * Format: date
             * @description First day the cited sources support the fact: a start they state, else the date of the evidence.
             * @example 2021-03-31
             */
            validFrom?: string;
            /** @description Last day the fact held (inclusive), where a source states it; null if open-ended. */
            validTo?: string | null;
            /** @description An earlier fact of the same kind that this one replaces from its validFrom. */
            supersedes?: string | null;
            /** @description Caveats on precision or scope. In Swedish and English. */
            notes?: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv?: string;
                /** @description In English, saying the same. */
                en?: string;
            } | null;
            citations?: {
                /**
                 * @description A verbatim `quote` (documents the project holds) or a `reference` (a web page, in the project's own words).
                 * @default quote
                 * @enum {string}
                 */
                kind: "quote" | "reference";
                /** @description The cited source; in a data file with one source, defaults to it. */
                sourceId?: string;
                /**
                 * @description Page, section or heading, where known.
                 * @example Förslag till beslut
                 */
                locator: string | null;
                /**
                 * @description For a quote: a short verbatim excerpt, whitespace normalised.
                 * @default null
                 * @example Patientavgiften ingår i högkostnadsskyddet.
                 */
                quote: string | null;
                /**
                 * @description For a reference: what the source says, in the project's own words. In Swedish and English.
                 * @default null
                 */
                reference: {
                    /** @description In Swedish (written first: the sources are Swedish). */
                    sv: string;
                    /** @description In English, saying the same. */
                    en: string;
                } | null;
                /**
                 * @description Which fields of the fact the citation backs.
                 * @example countsTowardHighCostCeiling
                 */
                supports: string | null;
                /** @description Read-only: set by the server, ignored here. */
                id?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceTitle?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceIssuer?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceUrl?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceDate?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceDateKind?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceStrength?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                secondary?: unknown;
            }[];
        };
        /** @description A JSON merge patch of a specialist-care statement: any of its fields, each with its type. */
        SpecialistCareStatementPatchInput: {
            /** @description Read-only: set by the server, ignored here. */
            id?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            confirmations?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            evidenceDate?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            createdAt?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            updatedAt?: unknown;
            /**
             * @description SCB county code of a region.
             * @example 14
             */
            regionCode?: string;
            /** @example me-cfs */
            conditionId?: string;
            /**
             * @description "none": a source says the region has no specialist care for the condition; "elsewhere": it sends patients to another region.
             * @enum {string}
             */
            status?: "available" | "none" | "elsewhere" | "unknown";
            /** @description Where patients are sent, for "elsewhere". */
            referredToRegionCode?: string | null;
            /** @description What the source says, in the project's own words. In Swedish and English. */
            description?: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv?: string;
                /** @description In English, saying the same. */
                en?: string;
            };
            /**
             * Format: date
             * @description First day the cited sources support the fact: a start they state, else the date of the evidence.
             * @example 2021-03-31
             */
            validFrom?: string;
            /** @description Last day the fact held (inclusive), where a source states it; null if open-ended. */
            validTo?: string | null;
            /** @description An earlier fact of the same kind that this one replaces from its validFrom. */
            supersedes?: string | null;
            /** @description Caveats on precision or scope. In Swedish and English. */
            notes?: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv?: string;
                /** @description In English, saying the same. */
                en?: string;
            } | null;
            citations?: {
                /**
                 * @description A verbatim `quote` (documents the project holds) or a `reference` (a web page, in the project's own words).
                 * @default quote
                 * @enum {string}
                 */
                kind: "quote" | "reference";
                /** @description The cited source; in a data file with one source, defaults to it. */
                sourceId?: string;
                /**
                 * @description Page, section or heading, where known.
                 * @example Förslag till beslut
                 */
                locator: string | null;
                /**
                 * @description For a quote: a short verbatim excerpt, whitespace normalised.
                 * @default null
                 * @example Patientavgiften ingår i högkostnadsskyddet.
                 */
                quote: string | null;
                /**
                 * @description For a reference: what the source says, in the project's own words. In Swedish and English.
                 * @default null
                 */
                reference: {
                    /** @description In Swedish (written first: the sources are Swedish). */
                    sv: string;
                    /** @description In English, saying the same. */
                    en: string;
                } | null;
                /**
                 * @description Which fields of the fact the citation backs.
                 * @example countsTowardHighCostCeiling
                 */
                supports: string | null;
                /** @description Read-only: set by the server, ignored here. */
                id?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceTitle?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceIssuer?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceUrl?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceDate?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceDateKind?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                sourceStrength?: unknown;
                /** @description Read-only: set by the server, ignored here. */
                secondary?: unknown;
            }[];
        };
        /** @description A JSON merge patch of a citation: any of its fields, each with its type. */
        CitationPatchInput: {
            /** @description Read-only: set by the server, ignored here. */
            id?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            sourceTitle?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            sourceIssuer?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            sourceUrl?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            sourceDate?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            sourceDateKind?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            sourceStrength?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            secondary?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            retiredAt?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            createdAt?: unknown;
            /** @description Read-only: set by the server, ignored here. */
            updatedAt?: unknown;
            /**
             * @description A verbatim `quote` (documents the project holds) or a `reference` (a web page, in the project's own words).
             * @enum {string}
             */
            kind?: "quote" | "reference";
            sourceId?: string;
            /**
             * @description Page, section or heading, where known.
             * @example Förslag till beslut
             */
            locator?: string | null;
            /**
             * @description For a quote: a short verbatim excerpt, whitespace normalised.
             * @example Patientavgiften ingår i högkostnadsskyddet.
             */
            quote?: string | null;
            reference?: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv?: string;
                /** @description In English, saying the same. */
                en?: string;
            } | null;
            /**
             * @description Which fields of the fact the citation backs.
             * @example countsTowardHighCostCeiling
             */
            supports?: string | null;
            /**
             * @description The kind of fact cited.
             * @enum {string}
             */
            factKind?: "providers" | "fees" | "referralRules" | "homeCarePolicies" | "decisions" | "specialistCare";
            factId?: string;
        };
        /** @description A source behind a fact: a verbatim quote of a document the project holds, or a reference to a web page in our own words. */
        Citation: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "quote" | "reference";
            sourceId: string;
            sourceTitle: string;
            sourceIssuer: string;
            sourceUrl: string | null;
            /**
             * Format: date
             * @description The source's own date (or "not before" bound): the date this citation is evidence as of.
             * @example 2021-03-31
             */
            sourceDate: string;
            /**
             * @description Whether the source's date is its publication, its last update, or only a "not before" bound.
             * @enum {string}
             */
            sourceDateKind: "published" | "updated" | "not_before";
            /**
             * @description How strong the source is: primary (the region, an agency, parliament, the provider), secondary (news, a patient association, a party) or weak (a reader's letter, a blog, a forum).
             * @enum {string}
             */
            sourceStrength: "primary" | "secondary" | "weak";
            /** @description True when the source is secondary or weak, not primary. */
            secondary: boolean;
            /** @description Where in the source: its heading, a page, or a description in the source's language. */
            locator: string | null;
            /** @description For a document the project holds: a verbatim excerpt, in the document's language. */
            quote: string | null;
            /** @description For a web page: what it says, in the project's own words. In the language asked for. */
            reference: string | null;
            supports: string | null;
        };
        /** @description A check that a source, as of `checkedOn`, still supports the fact, which it leaves unchanged. */
        Confirmation: {
            /** Format: uuid */
            id: string;
            sourceId: string;
            sourceTitle: string;
            sourceIssuer: string;
            sourceUrl: string | null;
            /** @enum {string} */
            sourceStrength: "primary" | "secondary" | "weak";
            /**
             * Format: date
             * @description The date as of which the source was found to support the fact: evidence from that day on, never before it.
             * @example 2021-03-31
             */
            checkedOn: string;
            /** @description Where in the source. */
            locator: string | null;
            /** @description What was checked, in the project's own words. In the language asked for. */
            note: string;
            /** @description Who recorded it, as the public change feed names them. */
            confirmedBy: string;
            /** Format: date-time */
            createdAt: string;
        };
        /** @description A Decision as stored: every text in Swedish and English. What writes answer. */
        DecisionStored: {
            id: string;
            /** @enum {string} */
            jurisdictionLevel: "nation" | "region" | "municipality";
            regionCode: string | null;
            /** @enum {string} */
            kind: "motion" | "written_question" | "board_decision" | "regulation" | "interpellation" | "government_assignment" | "citizen_proposal" | "budget";
            /**
             * @description How far the matter had come in the step this record describes: filed, proposed (one body proposes to another), decided or answered.
             * @enum {string}
             */
            stage: "filed" | "proposed" | "decided" | "answered";
            /**
             * @description The outcome of the step; at the stage "proposed", the outcome proposed, not decided.
             * @enum {string}
             */
            outcome: "approved" | "rejected" | "considered_answered" | "answered" | "pending" | "unknown";
            /** @description The matter's title: the document's own (Swedish) title, and an English rendering. In Swedish and English. */
            title: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv: string;
                /** @description In English, saying the same. */
                en: string;
            };
            /** @description The body acting at this stage ("Regionstyrelsen" / "the regional executive board"); null where the source does not say. In Swedish and English. */
            body: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv: string;
                /** @description In English, saying the same. */
                en: string;
            } | null;
            /** @description The date of this stage: the decision, proposal or answer. */
            date: string | null;
            filedOn: string | null;
            referenceNumber: string | null;
            proposer: string | null;
            proposerParty: string | null;
            respondent: string | null;
            /** @description What the motion or question proposes, point by point. Each in Swedish and English. */
            proposals: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv: string;
                /** @description In English, saying the same. */
                en: string;
            }[];
            /** @description What happened at this stage, in the project's words. In Swedish and English. */
            summary: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv: string;
                /** @description In English, saying the same. */
                en: string;
            };
            conditionIds: string[];
            /** @description In a roll-call vote, the votes for approving the motion. */
            votesForMotion: number | null;
            /** @description In a roll-call vote, the votes against the motion (for the other proposal). */
            votesAgainstMotion: number | null;
            votesAbstained: number | null;
            /**
             * Format: date
             * @description First day the cited sources support the fact: a start they state, else the date of the evidence.
             * @example 2021-03-31
             */
            validFrom: string;
            /** @description Last day the fact held (inclusive), where a source states it; null if open-ended. */
            validTo: string | null;
            supersedes: string | null;
            /** @description Caveats on precision or scope. In Swedish and English. */
            notes: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv: string;
                /** @description In English, saying the same. */
                en: string;
            } | null;
            citations: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "quote" | "reference";
                sourceId: string;
                sourceTitle: string;
                sourceIssuer: string;
                sourceUrl: string | null;
                /**
                 * Format: date
                 * @description The source's own date (or "not before" bound): the date this citation is evidence as of.
                 * @example 2021-03-31
                 */
                sourceDate: string;
                /**
                 * @description Whether the source's date is its publication, its last update, or only a "not before" bound.
                 * @enum {string}
                 */
                sourceDateKind: "published" | "updated" | "not_before";
                /**
                 * @description How strong the source is: primary (the region, an agency, parliament, the provider), secondary (news, a patient association, a party) or weak (a reader's letter, a blog, a forum).
                 * @enum {string}
                 */
                sourceStrength: "primary" | "secondary" | "weak";
                /** @description True when the source is secondary or weak, not primary. */
                secondary: boolean;
                /** @description Where in the source: its heading, a page, or a description in the source's language. */
                locator: string | null;
                /** @description For a document the project holds: a verbatim excerpt, in the document's language. */
                quote: string | null;
                /** @description For a web page: what it says, in the project's own words. In Swedish and English. */
                reference: {
                    /** @description In Swedish (written first: the sources are Swedish). */
                    sv: string;
                    /** @description In English, saying the same. */
                    en: string;
                } | null;
                supports: string | null;
            }[];
            /** @description Later checks that sources still support the fact, oldest first. */
            confirmations: {
                /** Format: uuid */
                id: string;
                sourceId: string;
                sourceTitle: string;
                sourceIssuer: string;
                sourceUrl: string | null;
                /** @enum {string} */
                sourceStrength: "primary" | "secondary" | "weak";
                /**
                 * Format: date
                 * @description The date as of which the source was found to support the fact: evidence from that day on, never before it.
                 * @example 2021-03-31
                 */
                checkedOn: string;
                /** @description Where in the source. */
                locator: string | null;
                /** @description What was checked, in the project's own words. In Swedish and English. */
                note: {
                    /** @description In Swedish (written first: the sources are Swedish). */
                    sv: string;
                    /** @description In English, saying the same. */
                    en: string;
                };
                /** @description Who recorded it, as the public change feed names them. */
                confirmedBy: string;
                /** Format: date-time */
                createdAt: string;
            }[];
            /**
             * Format: date
             * @description The newest date of the sources behind the fact and of its confirmations: how recent the evidence is.
             * @example 2021-03-31
             */
            evidenceDate: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * @example {
         *       "id": "example-id",
         *       "supersedes": null,
         *       "jurisdictionLevel": "region",
         *       "regionCode": "23",
         *       "kind": "motion",
         *       "stage": "proposed",
         *       "outcome": "considered_answered",
         *       "title": "Answer to a motion by Ann-Marie Johansson (S) on qualified care at home for more patients",
         *       "body": "The regional executive board",
         *       "date": "2019-05-29",
         *       "filedOn": null,
         *       "referenceNumber": "RS/148/2019",
         *       "proposer": "Ann-Marie Johansson",
         *       "proposerParty": "S",
         *       "respondent": null,
         *       "proposals": [
         *         "A trial of doctors at well-staffed health centres caring for patients at home, supervised by MiNT."
         *       ],
         *       "summary": "The executive board supports the health board's proposal that the council consider the motion answered; 9 voted for that, 6 for approving the motion.",
         *       "conditionIds": [],
         *       "votesForMotion": 6,
         *       "votesAgainstMotion": 9,
         *       "votesAbstained": 0,
         *       "validFrom": "2019-05-29",
         *       "validTo": null,
         *       "notes": "The council's own decision is not in the source.",
         *       "citations": [
         *         {
         *           "id": "5f0c7a1e-2b6d-4c8e-9a3f-000000000000",
         *           "kind": "quote",
         *           "sourceTitle": "The title of the cited source",
         *           "sourceIssuer": "The issuer of the cited source",
         *           "sourceUrl": null,
         *           "sourceDate": "2021-03-31",
         *           "sourceDateKind": "updated",
         *           "sourceStrength": "primary",
         *           "secondary": false,
         *           "quote": "Med 9 ja-röster och 6 nej-röster finner ordföranden att regiondirektörens förslag antas.",
         *           "sourceId": "jamtland-2019-rs-108-vard-i-hemmet",
         *           "locator": "§108, Omröstningsresultat",
         *           "supports": "votesForMotion, votesAgainstMotion",
         *           "reference": null
         *         }
         *       ],
         *       "confirmations": [],
         *       "evidenceDate": "2021-03-31",
         *       "createdAt": "2026-11-22T10:00:00.000Z",
         *       "updatedAt": "2026-11-22T10:00:00.000Z"
         *     }
         */
        Decision: {
            id: string;
            /** @enum {string} */
            jurisdictionLevel: "nation" | "region" | "municipality";
            regionCode: string | null;
            /** @enum {string} */
            kind: "motion" | "written_question" | "board_decision" | "regulation" | "interpellation" | "government_assignment" | "citizen_proposal" | "budget";
            /**
             * @description How far the matter had come in the step this record describes: filed, proposed (one body proposes to another), decided or answered.
             * @enum {string}
             */
            stage: "filed" | "proposed" | "decided" | "answered";
            /**
             * @description The outcome of the step; at the stage "proposed", the outcome proposed, not decided.
             * @enum {string}
             */
            outcome: "approved" | "rejected" | "considered_answered" | "answered" | "pending" | "unknown";
            /** @description The matter's title: the document's own (Swedish) title, and an English rendering. In the language asked for. */
            title: string;
            /** @description The body acting at this stage ("Regionstyrelsen" / "the regional executive board"); null where the source does not say. In the language asked for. */
            body: string | null;
            /** @description The date of this stage: the decision, proposal or answer. */
            date: string | null;
            filedOn: string | null;
            referenceNumber: string | null;
            proposer: string | null;
            proposerParty: string | null;
            respondent: string | null;
            /** @description What the motion or question proposes, point by point. In the language asked for. */
            proposals: string[];
            /** @description What happened at this stage, in the project's words. In the language asked for. */
            summary: string;
            conditionIds: string[];
            /** @description In a roll-call vote, the votes for approving the motion. */
            votesForMotion: number | null;
            /** @description In a roll-call vote, the votes against the motion (for the other proposal). */
            votesAgainstMotion: number | null;
            votesAbstained: number | null;
            /**
             * Format: date
             * @description First day the cited sources support the fact: a start they state, else the date of the evidence.
             * @example 2021-03-31
             */
            validFrom: string;
            /** @description Last day the fact held (inclusive), where a source states it; null if open-ended. */
            validTo: string | null;
            supersedes: string | null;
            /** @description Caveats on precision or scope. In the language asked for. */
            notes: string | null;
            citations: components["schemas"]["Citation"][];
            confirmations: components["schemas"]["Confirmation"][];
            /**
             * Format: date
             * @description The newest date of the sources behind the fact and of its confirmations: how recent the evidence is.
             * @example 2021-03-31
             */
            evidenceDate: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description A Fee as stored: every text in Swedish and English. What writes answer. */
        FeeStored: {
            id: string;
            /**
             * @description SCB county code of a region.
             * @example 14
             */
            regionCode: string;
            /** @description The provider charging it, or null for a region-wide fee. */
            providerId: string | null;
            /** @enum {string} */
            visitType: "specialist_visit" | "primary_care_visit" | "home_visit";
            /**
             * @description Whole Swedish kronor.
             * @example 300
             */
            amountSek: number | null;
            /** @description Whether the fee counts toward högkostnadsskyddet; null if unknown. */
            countsTowardHighCostCeiling: boolean | null;
            /** @enum {string} */
            status: "charged" | "free" | "unknown";
            /**
             * Format: date
             * @description First day the cited sources support the fact: a start they state, else the date of the evidence.
             * @example 2021-03-31
             */
            validFrom: string;
            /** @description Last day the fact held (inclusive), where a source states it; null if open-ended. */
            validTo: string | null;
            supersedes: string | null;
            /** @description Caveats on precision or scope. In Swedish and English. */
            notes: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv: string;
                /** @description In English, saying the same. */
                en: string;
            } | null;
            citations: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "quote" | "reference";
                sourceId: string;
                sourceTitle: string;
                sourceIssuer: string;
                sourceUrl: string | null;
                /**
                 * Format: date
                 * @description The source's own date (or "not before" bound): the date this citation is evidence as of.
                 * @example 2021-03-31
                 */
                sourceDate: string;
                /**
                 * @description Whether the source's date is its publication, its last update, or only a "not before" bound.
                 * @enum {string}
                 */
                sourceDateKind: "published" | "updated" | "not_before";
                /**
                 * @description How strong the source is: primary (the region, an agency, parliament, the provider), secondary (news, a patient association, a party) or weak (a reader's letter, a blog, a forum).
                 * @enum {string}
                 */
                sourceStrength: "primary" | "secondary" | "weak";
                /** @description True when the source is secondary or weak, not primary. */
                secondary: boolean;
                /** @description Where in the source: its heading, a page, or a description in the source's language. */
                locator: string | null;
                /** @description For a document the project holds: a verbatim excerpt, in the document's language. */
                quote: string | null;
                /** @description For a web page: what it says, in the project's own words. In Swedish and English. */
                reference: {
                    /** @description In Swedish (written first: the sources are Swedish). */
                    sv: string;
                    /** @description In English, saying the same. */
                    en: string;
                } | null;
                supports: string | null;
            }[];
            /** @description Later checks that sources still support the fact, oldest first. */
            confirmations: {
                /** Format: uuid */
                id: string;
                sourceId: string;
                sourceTitle: string;
                sourceIssuer: string;
                sourceUrl: string | null;
                /** @enum {string} */
                sourceStrength: "primary" | "secondary" | "weak";
                /**
                 * Format: date
                 * @description The date as of which the source was found to support the fact: evidence from that day on, never before it.
                 * @example 2021-03-31
                 */
                checkedOn: string;
                /** @description Where in the source. */
                locator: string | null;
                /** @description What was checked, in the project's own words. In Swedish and English. */
                note: {
                    /** @description In Swedish (written first: the sources are Swedish). */
                    sv: string;
                    /** @description In English, saying the same. */
                    en: string;
                };
                /** @description Who recorded it, as the public change feed names them. */
                confirmedBy: string;
                /** Format: date-time */
                createdAt: string;
            }[];
            /**
             * Format: date
             * @description The newest date of the sources behind the fact and of its confirmations: how recent the evidence is.
             * @example 2021-03-31
             */
            evidenceDate: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * @example {
         *       "id": "example-id",
         *       "supersedes": null,
         *       "regionCode": "14",
         *       "providerId": "vgr-smarthjalpen",
         *       "visitType": "specialist_visit",
         *       "amountSek": 300,
         *       "countsTowardHighCostCeiling": true,
         *       "status": "charged",
         *       "validFrom": "2021-03-31",
         *       "validTo": "2021-12-31",
         *       "notes": null,
         *       "citations": [
         *         {
         *           "id": "5f0c7a1e-2b6d-4c8e-9a3f-000000000000",
         *           "kind": "quote",
         *           "sourceTitle": "The title of the cited source",
         *           "sourceIssuer": "The issuer of the cited source",
         *           "sourceUrl": null,
         *           "sourceDate": "2021-03-31",
         *           "sourceDateKind": "updated",
         *           "sourceStrength": "primary",
         *           "secondary": false,
         *           "quote": "Patientavgiften ingår i högkostnadsskyddet.",
         *           "sourceId": "vgr-2021-smarthjalpen-me",
         *           "locator": null,
         *           "supports": "countsTowardHighCostCeiling",
         *           "reference": null
         *         }
         *       ],
         *       "confirmations": [],
         *       "evidenceDate": "2021-03-31",
         *       "createdAt": "2026-11-22T10:00:00.000Z",
         *       "updatedAt": "2026-11-22T10:00:00.000Z"
         *     }
         */
        Fee: {
            id: string;
            /**
             * @description SCB county code of a region.
             * @example 14
             */
            regionCode: string;
            /** @description The provider charging it, or null for a region-wide fee. */
            providerId: string | null;
            /** @enum {string} */
            visitType: "specialist_visit" | "primary_care_visit" | "home_visit";
            /**
             * @description Whole Swedish kronor.
             * @example 300
             */
            amountSek: number | null;
            /** @description Whether the fee counts toward högkostnadsskyddet; null if unknown. */
            countsTowardHighCostCeiling: boolean | null;
            /** @enum {string} */
            status: "charged" | "free" | "unknown";
            /**
             * Format: date
             * @description First day the cited sources support the fact: a start they state, else the date of the evidence.
             * @example 2021-03-31
             */
            validFrom: string;
            /** @description Last day the fact held (inclusive), where a source states it; null if open-ended. */
            validTo: string | null;
            supersedes: string | null;
            /** @description Caveats on precision or scope. In the language asked for. */
            notes: string | null;
            citations: components["schemas"]["Citation"][];
            confirmations: components["schemas"]["Confirmation"][];
            /**
             * Format: date
             * @description The newest date of the sources behind the fact and of its confirmations: how recent the evidence is.
             * @example 2021-03-31
             */
            evidenceDate: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description A HomeCarePolicy as stored: every text in Swedish and English. What writes answer. */
        HomeCarePolicyStored: {
            id: string;
            /** @enum {string} */
            jurisdictionLevel: "nation" | "region" | "municipality";
            regionCode: string | null;
            municipalityCode: string | null;
            /** @enum {string} */
            service: "doctor_home_visit" | "nurse_home_visit" | "occupational_therapist_home_visit" | "counselor_home_visit" | "digital_dental_care" | "mobile_dental_care" | "home_help" | "housing_support" | "personal_assistance" | "residential_care";
            /**
             * @description Whom the policy concerns, as the source says: adults, children, older people, all, or unknown.
             * @enum {string}
             */
            ageGroup: "adults" | "children" | "all" | "unknown" | "older_people";
            /**
             * @description What the policy rests on: the jurisdiction's own statement, a proposal not yet decided, or interview accounts (not written policy).
             * @enum {string}
             */
            evidence: "statement" | "proposal" | "interview_accounts";
            /** @description The condition the policy is specific to, or null for a general policy. */
            conditionId: string | null;
            /** @enum {string} */
            status: "offered" | "offered_after_needs_assessment" | "not_offered" | "municipal_responsibility" | "under_trial" | "unknown";
            /** @description HSL (health care), SoL (social services) or LSS. */
            legalBasis: ("hsl" | "sol" | "lss") | null;
            /** @description The grounds the jurisdiction states, in the project's words. In Swedish and English. */
            grounds: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv: string;
                /** @description In English, saying the same. */
                en: string;
            } | null;
            /** @description The decision that shaped the policy. */
            decisionId: string | null;
            /**
             * Format: date
             * @description First day the cited sources support the fact: a start they state, else the date of the evidence.
             * @example 2021-03-31
             */
            validFrom: string;
            /** @description Last day the fact held (inclusive), where a source states it; null if open-ended. */
            validTo: string | null;
            supersedes: string | null;
            /** @description Caveats on precision or scope. In Swedish and English. */
            notes: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv: string;
                /** @description In English, saying the same. */
                en: string;
            } | null;
            citations: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "quote" | "reference";
                sourceId: string;
                sourceTitle: string;
                sourceIssuer: string;
                sourceUrl: string | null;
                /**
                 * Format: date
                 * @description The source's own date (or "not before" bound): the date this citation is evidence as of.
                 * @example 2021-03-31
                 */
                sourceDate: string;
                /**
                 * @description Whether the source's date is its publication, its last update, or only a "not before" bound.
                 * @enum {string}
                 */
                sourceDateKind: "published" | "updated" | "not_before";
                /**
                 * @description How strong the source is: primary (the region, an agency, parliament, the provider), secondary (news, a patient association, a party) or weak (a reader's letter, a blog, a forum).
                 * @enum {string}
                 */
                sourceStrength: "primary" | "secondary" | "weak";
                /** @description True when the source is secondary or weak, not primary. */
                secondary: boolean;
                /** @description Where in the source: its heading, a page, or a description in the source's language. */
                locator: string | null;
                /** @description For a document the project holds: a verbatim excerpt, in the document's language. */
                quote: string | null;
                /** @description For a web page: what it says, in the project's own words. In Swedish and English. */
                reference: {
                    /** @description In Swedish (written first: the sources are Swedish). */
                    sv: string;
                    /** @description In English, saying the same. */
                    en: string;
                } | null;
                supports: string | null;
            }[];
            /** @description Later checks that sources still support the fact, oldest first. */
            confirmations: {
                /** Format: uuid */
                id: string;
                sourceId: string;
                sourceTitle: string;
                sourceIssuer: string;
                sourceUrl: string | null;
                /** @enum {string} */
                sourceStrength: "primary" | "secondary" | "weak";
                /**
                 * Format: date
                 * @description The date as of which the source was found to support the fact: evidence from that day on, never before it.
                 * @example 2021-03-31
                 */
                checkedOn: string;
                /** @description Where in the source. */
                locator: string | null;
                /** @description What was checked, in the project's own words. In Swedish and English. */
                note: {
                    /** @description In Swedish (written first: the sources are Swedish). */
                    sv: string;
                    /** @description In English, saying the same. */
                    en: string;
                };
                /** @description Who recorded it, as the public change feed names them. */
                confirmedBy: string;
                /** Format: date-time */
                createdAt: string;
            }[];
            /**
             * Format: date
             * @description The newest date of the sources behind the fact and of its confirmations: how recent the evidence is.
             * @example 2021-03-31
             */
            evidenceDate: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * @example {
         *       "id": "example-id",
         *       "supersedes": null,
         *       "jurisdictionLevel": "region",
         *       "regionCode": "18",
         *       "municipalityCode": null,
         *       "service": "occupational_therapist_home_visit",
         *       "ageGroup": "all",
         *       "evidence": "proposal",
         *       "conditionId": "me-cfs",
         *       "status": "municipal_responsibility",
         *       "legalBasis": "hsl",
         *       "grounds": "The administration's answer to the motion: home visits are a municipal responsibility; municipal occupational therapists already make them.",
         *       "decisionId": "orebro-2024-motion-hemsjukvard-me",
         *       "validFrom": "2024-11-13",
         *       "validTo": null,
         *       "notes": null,
         *       "citations": [
         *         {
         *           "id": "5f0c7a1e-2b6d-4c8e-9a3f-000000000000",
         *           "kind": "quote",
         *           "sourceTitle": "The title of the cited source",
         *           "sourceIssuer": "The issuer of the cited source",
         *           "sourceUrl": null,
         *           "sourceDate": "2021-03-31",
         *           "sourceDateKind": "updated",
         *           "sourceStrength": "primary",
         *           "secondary": false,
         *           "quote": "Besök i hemmet ligger inom kommunalt ansvar där kommunens arbetsterapeuter idag gör hembesök för utprovning och för att se behovet på plats.",
         *           "sourceId": "orebro-2024-motion-hemsjukvard-me",
         *           "locator": "Sammanfattning",
         *           "supports": "status, grounds",
         *           "reference": null
         *         }
         *       ],
         *       "confirmations": [],
         *       "evidenceDate": "2021-03-31",
         *       "createdAt": "2026-11-22T10:00:00.000Z",
         *       "updatedAt": "2026-11-22T10:00:00.000Z"
         *     }
         */
        HomeCarePolicy: {
            id: string;
            /** @enum {string} */
            jurisdictionLevel: "nation" | "region" | "municipality";
            regionCode: string | null;
            municipalityCode: string | null;
            /** @enum {string} */
            service: "doctor_home_visit" | "nurse_home_visit" | "occupational_therapist_home_visit" | "counselor_home_visit" | "digital_dental_care" | "mobile_dental_care" | "home_help" | "housing_support" | "personal_assistance" | "residential_care";
            /**
             * @description Whom the policy concerns, as the source says: adults, children, older people, all, or unknown.
             * @enum {string}
             */
            ageGroup: "adults" | "children" | "all" | "unknown" | "older_people";
            /**
             * @description What the policy rests on: the jurisdiction's own statement, a proposal not yet decided, or interview accounts (not written policy).
             * @enum {string}
             */
            evidence: "statement" | "proposal" | "interview_accounts";
            /** @description The condition the policy is specific to, or null for a general policy. */
            conditionId: string | null;
            /** @enum {string} */
            status: "offered" | "offered_after_needs_assessment" | "not_offered" | "municipal_responsibility" | "under_trial" | "unknown";
            /** @description HSL (health care), SoL (social services) or LSS. */
            legalBasis: ("hsl" | "sol" | "lss") | null;
            /** @description The grounds the jurisdiction states, in the project's words. In the language asked for. */
            grounds: string | null;
            /** @description The decision that shaped the policy. */
            decisionId: string | null;
            /**
             * Format: date
             * @description First day the cited sources support the fact: a start they state, else the date of the evidence.
             * @example 2021-03-31
             */
            validFrom: string;
            /** @description Last day the fact held (inclusive), where a source states it; null if open-ended. */
            validTo: string | null;
            supersedes: string | null;
            /** @description Caveats on precision or scope. In the language asked for. */
            notes: string | null;
            citations: components["schemas"]["Citation"][];
            confirmations: components["schemas"]["Confirmation"][];
            /**
             * Format: date
             * @description The newest date of the sources behind the fact and of its confirmations: how recent the evidence is.
             * @example 2021-03-31
             */
            evidenceDate: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        Page: {
            /** @description Items matching the query: on all pages; for the change feed, after `since`. */
            total: number;
            limit: number;
            /** @description Items skipped before this page; null for the change feed, which pages by cursor. */
            offset: number | null;
            /** @description For the change feed: pass as `since` to continue after this page (also when it was empty); null for lists paged by offset. */
            cursor: string | null;
            /** @description The URL of the next page, or null on the last (for the change feed: nothing more yet). */
            next: string | null;
            /** @description The URL of the page before, or null on the first. */
            prev: string | null;
        };
        /** @description A Provider as stored: every text in Swedish and English. What writes answer. */
        ProviderStored: {
            id: string;
            /** @example Smärthjälpen Sverige AB */
            name: string;
            /**
             * @description A short name for a map tile or a narrow column; null when the name is short.
             * @default null
             * @example Smärthjälpen
             */
            shortName: string | null;
            /**
             * @description A multidisciplinary conference advises other doctors: it is not a clinic patients are referred to.
             * @enum {string}
             */
            kind: "clinic" | "team" | "company" | "multidisciplinary_conference";
            /**
             * @description Region-run, contracted by the region, municipal, or private (without an agreement with the region: not the region's own offer).
             * @enum {string}
             */
            operatedAs: "region_run" | "contracted" | "municipal" | "private" | "unknown";
            /**
             * @description For a contracted provider: the first day of its contract with the region, where a source states it.
             * @default null
             */
            contractStart: string | null;
            /**
             * @description For a contracted provider: the last day of its contract, where a source states it.
             * @default null
             */
            contractEnd: string | null;
            /**
             * @description SCB county code of a region.
             * @example 14
             */
            regionCode: string;
            municipalityCode: string | null;
            /** @description Street address, as the source gives it (HSDS: address). */
            address: string | null;
            /**
             * @description The provider's own web page (HSDS: website), where a source gives it.
             * @default null
             */
            website: string | null;
            /**
             * @description A phone number as the source writes it (HSDS: phone.number).
             * @default null
             * @example 031-10 10 10
             */
            phone: string | null;
            /**
             * @description A contact e-mail address (HSDS: email), where a source gives it.
             * @default null
             */
            email: string | null;
            /**
             * @description Opening days or hours as the sources state them (HSDS: schedule.description). In Swedish and English.
             * @default null
             */
            scheduleDescription: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv: string;
                /** @description In English, saying the same. */
                en: string;
            } | null;
            /** @description What the provider does, in the project's words. In Swedish and English. */
            description: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv: string;
                /** @description In English, saying the same. */
                en: string;
            };
            /**
             * @description Conditions the provider covers.
             * @example [
             *       "me-cfs"
             *     ]
             */
            conditionIds: string[];
            /**
             * @description "paused": takes no new referrals; "unknown" when no source says whether it operates.
             * @enum {string}
             */
            status: "operating" | "closed" | "planned" | "unknown" | "paused";
            /**
             * Format: date
             * @description First day the cited sources support the fact: a start they state, else the date of the evidence.
             * @example 2021-03-31
             */
            validFrom: string;
            /** @description Last day the fact held (inclusive), where a source states it; null if open-ended. */
            validTo: string | null;
            supersedes: string | null;
            /** @description Caveats on precision or scope. In Swedish and English. */
            notes: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv: string;
                /** @description In English, saying the same. */
                en: string;
            } | null;
            citations: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "quote" | "reference";
                sourceId: string;
                sourceTitle: string;
                sourceIssuer: string;
                sourceUrl: string | null;
                /**
                 * Format: date
                 * @description The source's own date (or "not before" bound): the date this citation is evidence as of.
                 * @example 2021-03-31
                 */
                sourceDate: string;
                /**
                 * @description Whether the source's date is its publication, its last update, or only a "not before" bound.
                 * @enum {string}
                 */
                sourceDateKind: "published" | "updated" | "not_before";
                /**
                 * @description How strong the source is: primary (the region, an agency, parliament, the provider), secondary (news, a patient association, a party) or weak (a reader's letter, a blog, a forum).
                 * @enum {string}
                 */
                sourceStrength: "primary" | "secondary" | "weak";
                /** @description True when the source is secondary or weak, not primary. */
                secondary: boolean;
                /** @description Where in the source: its heading, a page, or a description in the source's language. */
                locator: string | null;
                /** @description For a document the project holds: a verbatim excerpt, in the document's language. */
                quote: string | null;
                /** @description For a web page: what it says, in the project's own words. In Swedish and English. */
                reference: {
                    /** @description In Swedish (written first: the sources are Swedish). */
                    sv: string;
                    /** @description In English, saying the same. */
                    en: string;
                } | null;
                supports: string | null;
            }[];
            /** @description Later checks that sources still support the fact, oldest first. */
            confirmations: {
                /** Format: uuid */
                id: string;
                sourceId: string;
                sourceTitle: string;
                sourceIssuer: string;
                sourceUrl: string | null;
                /** @enum {string} */
                sourceStrength: "primary" | "secondary" | "weak";
                /**
                 * Format: date
                 * @description The date as of which the source was found to support the fact: evidence from that day on, never before it.
                 * @example 2021-03-31
                 */
                checkedOn: string;
                /** @description Where in the source. */
                locator: string | null;
                /** @description What was checked, in the project's own words. In Swedish and English. */
                note: {
                    /** @description In Swedish (written first: the sources are Swedish). */
                    sv: string;
                    /** @description In English, saying the same. */
                    en: string;
                };
                /** @description Who recorded it, as the public change feed names them. */
                confirmedBy: string;
                /** Format: date-time */
                createdAt: string;
            }[];
            /**
             * Format: date
             * @description The newest date of the sources behind the fact and of its confirmations: how recent the evidence is.
             * @example 2021-03-31
             */
            evidenceDate: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * @example {
         *       "id": "example-id",
         *       "supersedes": null,
         *       "name": "Smärthjälpen Sverige AB",
         *       "shortName": "Smärthjälpen",
         *       "kind": "company",
         *       "operatedAs": "contracted",
         *       "contractStart": "2017-11-01",
         *       "contractEnd": "2021-12-31",
         *       "regionCode": "14",
         *       "municipalityCode": "1480",
         *       "address": "Anders Personsgatan 12, Göteborg",
         *       "website": null,
         *       "phone": null,
         *       "email": null,
         *       "scheduleDescription": null,
         *       "description": "Contracted specialist clinic for adults with suspected fibromyalgia, long-term pain and/or ME.",
         *       "conditionIds": [
         *         "fibromyalgia",
         *         "long-term-pain",
         *         "me-cfs"
         *       ],
         *       "status": "operating",
         *       "validFrom": "2021-03-31",
         *       "validTo": "2021-12-31",
         *       "notes": "The contract ran from 2017-11-01; the page states its scope only as of 2021-03-31.",
         *       "citations": [
         *         {
         *           "id": "5f0c7a1e-2b6d-4c8e-9a3f-000000000000",
         *           "kind": "quote",
         *           "sourceTitle": "The title of the cited source",
         *           "sourceIssuer": "The issuer of the cited source",
         *           "sourceUrl": null,
         *           "sourceDate": "2021-03-31",
         *           "sourceDateKind": "updated",
         *           "sourceStrength": "primary",
         *           "secondary": false,
         *           "quote": "Avtalet med Smärthjälpen har därför förlängts och gäller nu under hela 2021.",
         *           "sourceId": "vgr-2021-smarthjalpen-me",
         *           "locator": "Bakgrund och nuläge",
         *           "supports": "validTo",
         *           "reference": null
         *         }
         *       ],
         *       "confirmations": [],
         *       "evidenceDate": "2021-03-31",
         *       "createdAt": "2026-11-22T10:00:00.000Z",
         *       "updatedAt": "2026-11-22T10:00:00.000Z"
         *     }
         */
        Provider: {
            id: string;
            /** @example Smärthjälpen Sverige AB */
            name: string;
            /**
             * @description A short name for a map tile or a narrow column; null when the name is short.
             * @default null
             * @example Smärthjälpen
             */
            shortName: string | null;
            /**
             * @description A multidisciplinary conference advises other doctors: it is not a clinic patients are referred to.
             * @enum {string}
             */
            kind: "clinic" | "team" | "company" | "multidisciplinary_conference";
            /**
             * @description Region-run, contracted by the region, municipal, or private (without an agreement with the region: not the region's own offer).
             * @enum {string}
             */
            operatedAs: "region_run" | "contracted" | "municipal" | "private" | "unknown";
            /**
             * @description For a contracted provider: the first day of its contract with the region, where a source states it.
             * @default null
             */
            contractStart: string | null;
            /**
             * @description For a contracted provider: the last day of its contract, where a source states it.
             * @default null
             */
            contractEnd: string | null;
            /**
             * @description SCB county code of a region.
             * @example 14
             */
            regionCode: string;
            municipalityCode: string | null;
            /** @description Street address, as the source gives it (HSDS: address). */
            address: string | null;
            /**
             * @description The provider's own web page (HSDS: website), where a source gives it.
             * @default null
             */
            website: string | null;
            /**
             * @description A phone number as the source writes it (HSDS: phone.number).
             * @default null
             * @example 031-10 10 10
             */
            phone: string | null;
            /**
             * @description A contact e-mail address (HSDS: email), where a source gives it.
             * @default null
             */
            email: string | null;
            /** @description Opening days or hours as the sources state them (HSDS: schedule.description). In the language asked for. */
            scheduleDescription: string | null;
            /** @description What the provider does, in the project's words. In the language asked for. */
            description: string;
            /**
             * @description Conditions the provider covers.
             * @example [
             *       "me-cfs"
             *     ]
             */
            conditionIds: string[];
            /**
             * @description "paused": takes no new referrals; "unknown" when no source says whether it operates.
             * @enum {string}
             */
            status: "operating" | "closed" | "planned" | "unknown" | "paused";
            /**
             * Format: date
             * @description First day the cited sources support the fact: a start they state, else the date of the evidence.
             * @example 2021-03-31
             */
            validFrom: string;
            /** @description Last day the fact held (inclusive), where a source states it; null if open-ended. */
            validTo: string | null;
            supersedes: string | null;
            /** @description Caveats on precision or scope. In the language asked for. */
            notes: string | null;
            citations: components["schemas"]["Citation"][];
            confirmations: components["schemas"]["Confirmation"][];
            /**
             * Format: date
             * @description The newest date of the sources behind the fact and of its confirmations: how recent the evidence is.
             * @example 2021-03-31
             */
            evidenceDate: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description A ReferralRule as stored: every text in Swedish and English. What writes answer. */
        ReferralRuleStored: {
            id: string;
            /**
             * @description SCB county code of a region.
             * @example 14
             */
            regionCode: string;
            providerId: string | null;
            /**
             * @description Who may refer: primary care, any doctor, or the patient (self-referral).
             * @enum {string}
             */
            pathway: "primary_care" | "any_doctor" | "self_referral";
            /** @description Whether the patient must be "färdigutredd". */
            requiresFullyInvestigated: boolean | null;
            /** @description Other prerequisites or terms the source states, in the project's words. In Swedish and English. */
            prerequisites: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv: string;
                /** @description In English, saying the same. */
                en: string;
            } | null;
            maxTreatmentOccasions: number | null;
            /** @enum {string} */
            ageGroup: "adults" | "children" | "all" | "unknown" | "older_people";
            /** @enum {string} */
            status: "allowed" | "not_allowed" | "unknown";
            /**
             * Format: date
             * @description First day the cited sources support the fact: a start they state, else the date of the evidence.
             * @example 2021-03-31
             */
            validFrom: string;
            /** @description Last day the fact held (inclusive), where a source states it; null if open-ended. */
            validTo: string | null;
            supersedes: string | null;
            /** @description Caveats on precision or scope. In Swedish and English. */
            notes: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv: string;
                /** @description In English, saying the same. */
                en: string;
            } | null;
            citations: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "quote" | "reference";
                sourceId: string;
                sourceTitle: string;
                sourceIssuer: string;
                sourceUrl: string | null;
                /**
                 * Format: date
                 * @description The source's own date (or "not before" bound): the date this citation is evidence as of.
                 * @example 2021-03-31
                 */
                sourceDate: string;
                /**
                 * @description Whether the source's date is its publication, its last update, or only a "not before" bound.
                 * @enum {string}
                 */
                sourceDateKind: "published" | "updated" | "not_before";
                /**
                 * @description How strong the source is: primary (the region, an agency, parliament, the provider), secondary (news, a patient association, a party) or weak (a reader's letter, a blog, a forum).
                 * @enum {string}
                 */
                sourceStrength: "primary" | "secondary" | "weak";
                /** @description True when the source is secondary or weak, not primary. */
                secondary: boolean;
                /** @description Where in the source: its heading, a page, or a description in the source's language. */
                locator: string | null;
                /** @description For a document the project holds: a verbatim excerpt, in the document's language. */
                quote: string | null;
                /** @description For a web page: what it says, in the project's own words. In Swedish and English. */
                reference: {
                    /** @description In Swedish (written first: the sources are Swedish). */
                    sv: string;
                    /** @description In English, saying the same. */
                    en: string;
                } | null;
                supports: string | null;
            }[];
            /** @description Later checks that sources still support the fact, oldest first. */
            confirmations: {
                /** Format: uuid */
                id: string;
                sourceId: string;
                sourceTitle: string;
                sourceIssuer: string;
                sourceUrl: string | null;
                /** @enum {string} */
                sourceStrength: "primary" | "secondary" | "weak";
                /**
                 * Format: date
                 * @description The date as of which the source was found to support the fact: evidence from that day on, never before it.
                 * @example 2021-03-31
                 */
                checkedOn: string;
                /** @description Where in the source. */
                locator: string | null;
                /** @description What was checked, in the project's own words. In Swedish and English. */
                note: {
                    /** @description In Swedish (written first: the sources are Swedish). */
                    sv: string;
                    /** @description In English, saying the same. */
                    en: string;
                };
                /** @description Who recorded it, as the public change feed names them. */
                confirmedBy: string;
                /** Format: date-time */
                createdAt: string;
            }[];
            /**
             * Format: date
             * @description The newest date of the sources behind the fact and of its confirmations: how recent the evidence is.
             * @example 2021-03-31
             */
            evidenceDate: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * @example {
         *       "id": "example-id",
         *       "supersedes": null,
         *       "regionCode": "14",
         *       "providerId": "vgr-smarthjalpen",
         *       "pathway": "self_referral",
         *       "requiresFullyInvestigated": true,
         *       "prerequisites": "No other underlying diagnosis that explains the symptoms.",
         *       "maxTreatmentOccasions": 20,
         *       "ageGroup": "adults",
         *       "status": "allowed",
         *       "validFrom": "2021-03-31",
         *       "validTo": "2021-12-31",
         *       "notes": null,
         *       "citations": [
         *         {
         *           "id": "5f0c7a1e-2b6d-4c8e-9a3f-000000000000",
         *           "kind": "quote",
         *           "sourceTitle": "The title of the cited source",
         *           "sourceIssuer": "The issuer of the cited source",
         *           "sourceUrl": null,
         *           "sourceDate": "2021-03-31",
         *           "sourceDateKind": "updated",
         *           "sourceStrength": "primary",
         *           "secondary": false,
         *           "quote": "Det är också möjligt att själv söka till Smärthjälpen genom så kallad egenremiss.",
         *           "sourceId": "vgr-2021-smarthjalpen-me",
         *           "locator": null,
         *           "supports": "pathway, status",
         *           "reference": null
         *         }
         *       ],
         *       "confirmations": [],
         *       "evidenceDate": "2021-03-31",
         *       "createdAt": "2026-11-22T10:00:00.000Z",
         *       "updatedAt": "2026-11-22T10:00:00.000Z"
         *     }
         */
        ReferralRule: {
            id: string;
            /**
             * @description SCB county code of a region.
             * @example 14
             */
            regionCode: string;
            providerId: string | null;
            /**
             * @description Who may refer: primary care, any doctor, or the patient (self-referral).
             * @enum {string}
             */
            pathway: "primary_care" | "any_doctor" | "self_referral";
            /** @description Whether the patient must be "färdigutredd". */
            requiresFullyInvestigated: boolean | null;
            /** @description Other prerequisites or terms the source states, in the project's words. In the language asked for. */
            prerequisites: string | null;
            maxTreatmentOccasions: number | null;
            /** @enum {string} */
            ageGroup: "adults" | "children" | "all" | "unknown" | "older_people";
            /** @enum {string} */
            status: "allowed" | "not_allowed" | "unknown";
            /**
             * Format: date
             * @description First day the cited sources support the fact: a start they state, else the date of the evidence.
             * @example 2021-03-31
             */
            validFrom: string;
            /** @description Last day the fact held (inclusive), where a source states it; null if open-ended. */
            validTo: string | null;
            supersedes: string | null;
            /** @description Caveats on precision or scope. In the language asked for. */
            notes: string | null;
            citations: components["schemas"]["Citation"][];
            confirmations: components["schemas"]["Confirmation"][];
            /**
             * Format: date
             * @description The newest date of the sources behind the fact and of its confirmations: how recent the evidence is.
             * @example 2021-03-31
             */
            evidenceDate: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description A SpecialistCareStatement as stored: every text in Swedish and English. What writes answer. */
        SpecialistCareStatementStored: {
            id: string;
            /**
             * @description SCB county code of a region.
             * @example 14
             */
            regionCode: string;
            /** @example me-cfs */
            conditionId: string;
            /**
             * @description "none": a source says the region has no specialist care for the condition; "elsewhere": it sends patients to another region.
             * @enum {string}
             */
            status: "available" | "none" | "elsewhere" | "unknown";
            /** @description Where patients are sent, for "elsewhere". */
            referredToRegionCode: string | null;
            /** @description What the source says, in the project's own words. In Swedish and English. */
            description: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv: string;
                /** @description In English, saying the same. */
                en: string;
            };
            /**
             * Format: date
             * @description First day the cited sources support the fact: a start they state, else the date of the evidence.
             * @example 2021-03-31
             */
            validFrom: string;
            /** @description Last day the fact held (inclusive), where a source states it; null if open-ended. */
            validTo: string | null;
            supersedes: string | null;
            /** @description Caveats on precision or scope. In Swedish and English. */
            notes: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv: string;
                /** @description In English, saying the same. */
                en: string;
            } | null;
            citations: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "quote" | "reference";
                sourceId: string;
                sourceTitle: string;
                sourceIssuer: string;
                sourceUrl: string | null;
                /**
                 * Format: date
                 * @description The source's own date (or "not before" bound): the date this citation is evidence as of.
                 * @example 2021-03-31
                 */
                sourceDate: string;
                /**
                 * @description Whether the source's date is its publication, its last update, or only a "not before" bound.
                 * @enum {string}
                 */
                sourceDateKind: "published" | "updated" | "not_before";
                /**
                 * @description How strong the source is: primary (the region, an agency, parliament, the provider), secondary (news, a patient association, a party) or weak (a reader's letter, a blog, a forum).
                 * @enum {string}
                 */
                sourceStrength: "primary" | "secondary" | "weak";
                /** @description True when the source is secondary or weak, not primary. */
                secondary: boolean;
                /** @description Where in the source: its heading, a page, or a description in the source's language. */
                locator: string | null;
                /** @description For a document the project holds: a verbatim excerpt, in the document's language. */
                quote: string | null;
                /** @description For a web page: what it says, in the project's own words. In Swedish and English. */
                reference: {
                    /** @description In Swedish (written first: the sources are Swedish). */
                    sv: string;
                    /** @description In English, saying the same. */
                    en: string;
                } | null;
                supports: string | null;
            }[];
            /** @description Later checks that sources still support the fact, oldest first. */
            confirmations: {
                /** Format: uuid */
                id: string;
                sourceId: string;
                sourceTitle: string;
                sourceIssuer: string;
                sourceUrl: string | null;
                /** @enum {string} */
                sourceStrength: "primary" | "secondary" | "weak";
                /**
                 * Format: date
                 * @description The date as of which the source was found to support the fact: evidence from that day on, never before it.
                 * @example 2021-03-31
                 */
                checkedOn: string;
                /** @description Where in the source. */
                locator: string | null;
                /** @description What was checked, in the project's own words. In Swedish and English. */
                note: {
                    /** @description In Swedish (written first: the sources are Swedish). */
                    sv: string;
                    /** @description In English, saying the same. */
                    en: string;
                };
                /** @description Who recorded it, as the public change feed names them. */
                confirmedBy: string;
                /** Format: date-time */
                createdAt: string;
            }[];
            /**
             * Format: date
             * @description The newest date of the sources behind the fact and of its confirmations: how recent the evidence is.
             * @example 2021-03-31
             */
            evidenceDate: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * @example {
         *       "id": "example-id",
         *       "supersedes": null,
         *       "regionCode": "22",
         *       "conditionId": "me-cfs",
         *       "status": "none",
         *       "referredToRegionCode": null,
         *       "description": "A regional news report says the county has no clinic for ME patients.",
         *       "validFrom": "2019-09-01",
         *       "validTo": null,
         *       "notes": null,
         *       "citations": [
         *         {
         *           "id": "5f0c7a1e-2b6d-4c8e-9a3f-000000000000",
         *           "kind": "reference",
         *           "sourceTitle": "The title of the cited source",
         *           "sourceIssuer": "The issuer of the cited source",
         *           "sourceUrl": null,
         *           "sourceDate": "2021-03-31",
         *           "sourceDateKind": "updated",
         *           "sourceStrength": "primary",
         *           "secondary": false,
         *           "quote": null,
         *           "sourceId": "vasternorrland-svt-me-sjuka-vadjar-om-vard",
         *           "locator": "första stycket",
         *           "reference": "Patients handed a petition to the regional council chair; the report says the county has no ME clinic.",
         *           "supports": "status"
         *         }
         *       ],
         *       "confirmations": [],
         *       "evidenceDate": "2021-03-31",
         *       "createdAt": "2026-11-22T10:00:00.000Z",
         *       "updatedAt": "2026-11-22T10:00:00.000Z"
         *     }
         */
        SpecialistCareStatement: {
            id: string;
            /**
             * @description SCB county code of a region.
             * @example 14
             */
            regionCode: string;
            /** @example me-cfs */
            conditionId: string;
            /**
             * @description "none": a source says the region has no specialist care for the condition; "elsewhere": it sends patients to another region.
             * @enum {string}
             */
            status: "available" | "none" | "elsewhere" | "unknown";
            /** @description Where patients are sent, for "elsewhere". */
            referredToRegionCode: string | null;
            /** @description What the source says, in the project's own words. In the language asked for. */
            description: string;
            /**
             * Format: date
             * @description First day the cited sources support the fact: a start they state, else the date of the evidence.
             * @example 2021-03-31
             */
            validFrom: string;
            /** @description Last day the fact held (inclusive), where a source states it; null if open-ended. */
            validTo: string | null;
            supersedes: string | null;
            /** @description Caveats on precision or scope. In the language asked for. */
            notes: string | null;
            citations: components["schemas"]["Citation"][];
            confirmations: components["schemas"]["Confirmation"][];
            /**
             * Format: date
             * @description The newest date of the sources behind the fact and of its confirmations: how recent the evidence is.
             * @example 2021-03-31
             */
            evidenceDate: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * @description Records that a source, checked on a date, still supports a fact; the fact itself is unchanged.
         * @example {
         *       "factKind": "fees",
         *       "factId": "orebro-specialistbesok-2024",
         *       "sourceId": "orebro-patientavgifter",
         *       "checkedOn": "2026-12-04",
         *       "locator": "Avgifter i öppen vård",
         *       "note": {
         *         "sv": "Sidan anger fortfarande 300 kr för ett besök hos specialistläkare.",
         *         "en": "The page still gives 300 SEK for a visit to a specialist doctor."
         *       }
         *     }
         */
        ConfirmationWrite: {
            /**
             * @description The kind of fact cited.
             * @enum {string}
             */
            factKind: "providers" | "fees" | "referralRules" | "homeCarePolicies" | "decisions" | "specialistCare";
            /** @description The fact confirmed. */
            factId: string;
            /** @description The source checked: a document the project holds or a web page (create it first if it is new). */
            sourceId: string;
            /**
             * Format: date
             * @description The date as of which the source supports the fact: the day an editor read a live page, or a stored page's own date. Evidence from that day on, never before it.
             * @example 2021-03-31
             */
            checkedOn: string;
            /**
             * @description Where in the source: a heading, a page, a table.
             * @example Avgifter i öppen vård
             */
            locator: string | null;
            /**
             * @description What the source says that supports the fact, in the project's own words (Swedish first). In Swedish and English.
             * @example {
             *       "sv": "Sidan anger fortfarande 300 kr för ett besök hos specialistläkare.",
             *       "en": "The page still gives 300 SEK for a visit to a specialist doctor."
             *     }
             */
            note: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv: string;
                /** @description In English, saying the same. */
                en: string;
            };
        };
        /** @description A confirmation with the fact it confirms, its note in the language asked for. */
        ConfirmationRecord: {
            /** Format: uuid */
            id: string;
            sourceId: string;
            sourceTitle: string;
            sourceIssuer: string;
            sourceUrl: string | null;
            /** @enum {string} */
            sourceStrength: "primary" | "secondary" | "weak";
            /**
             * Format: date
             * @description The date as of which the source was found to support the fact: evidence from that day on, never before it.
             * @example 2021-03-31
             */
            checkedOn: string;
            /** @description Where in the source. */
            locator: string | null;
            /** @description What was checked, in the project's own words. In the language asked for. */
            note: string;
            /** @description Who recorded it, as the public change feed names them. */
            confirmedBy: string;
            /** Format: date-time */
            createdAt: string;
            /**
             * @description The kind of fact cited.
             * @enum {string}
             */
            factKind: "providers" | "fees" | "referralRules" | "homeCarePolicies" | "decisions" | "specialistCare";
            factId: string;
        };
        /** @description A confirmation with the fact it confirms, its note in Swedish and English. */
        ConfirmationStoredRecord: {
            /** Format: uuid */
            id: string;
            sourceId: string;
            sourceTitle: string;
            sourceIssuer: string;
            sourceUrl: string | null;
            /** @enum {string} */
            sourceStrength: "primary" | "secondary" | "weak";
            /**
             * Format: date
             * @description The date as of which the source was found to support the fact: evidence from that day on, never before it.
             * @example 2021-03-31
             */
            checkedOn: string;
            /** @description Where in the source. */
            locator: string | null;
            /** @description What was checked, in the project's own words. In Swedish and English. */
            note: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv: string;
                /** @description In English, saying the same. */
                en: string;
            };
            /** @description Who recorded it, as the public change feed names them. */
            confirmedBy: string;
            /** Format: date-time */
            createdAt: string;
            /**
             * @description The kind of fact cited.
             * @enum {string}
             */
            factKind: "providers" | "fees" | "referralRules" | "homeCarePolicies" | "decisions" | "specialistCare";
            factId: string;
        };
        /** @description A source as stored: its notes in Swedish and English. What writes answer. */
        SourceStored: {
            id: string;
            /** @description The document's own (Swedish) title. */
            title: string;
            /** @description Who publishes it. */
            issuer: string;
            /**
             * @description What kind of publisher: news, patient associations, parties and individuals are secondary sources.
             * @enum {string}
             */
            publisherType: "region" | "municipality" | "agency" | "parliament" | "government" | "provider" | "news" | "patient_association" | "political_party" | "individual" | "other";
            /**
             * @description primary: the body itself (the region, a municipality, an agency, parliament, the government, the provider); secondary: reporting on it (news, a patient association, a party); weak: a reader's letter, a blog, a forum.
             * @enum {string}
             */
            strength: "primary" | "secondary" | "weak";
            /** @enum {string} */
            kind: "board_memo" | "minutes" | "written_answer" | "web_page" | "study" | "press_release" | "news_article" | "opinion_piece" | "report" | "blog_post" | "motion" | "letter";
            /** @description The source's own publication date, where it gives one. */
            publishedOn: string | null;
            /**
             * @description The date the source says it was last updated, where it gives one.
             * @default null
             */
            updatedOn: string | null;
            /**
             * @description For a source without a date: the earliest date it can have been written. Its facts never hold before it.
             * @default null
             */
            notBefore: string | null;
            /**
             * @description Why the source has no date, and how `notBefore` follows from it. In Swedish and English.
             * @default null
             */
            dateNote: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv: string;
                /** @description In English, saying the same. */
                en: string;
            } | null;
            /**
             * @description Why a secondary source is used, or other caveats. In Swedish and English.
             * @default null
             */
            note: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv: string;
                /** @description In English, saying the same. */
                en: string;
            } | null;
            referenceNumber: string | null;
            /** @description The text the project holds, for documents quoted verbatim. */
            fileName: string | null;
            url: string | null;
            /** @enum {string} */
            jurisdictionLevel: "nation" | "region" | "municipality";
            regionCode: string | null;
            municipalityCode: string | null;
            /**
             * Format: date
             * @description The date the source is evidence as of: updatedOn, else publishedOn, else notBefore.
             * @example 2021-03-31
             */
            evidenceDate: string;
            /** @description True when the source is secondary or weak, not primary. */
            secondary: boolean;
            /** @description True for documents the project holds (and quotes verbatim); false for web pages (cited in our own words). */
            held: boolean;
            /** @description When editors retired the source; it stays readable. */
            retiredAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description A document or web page that facts cite. */
        Source: {
            id: string;
            /** @description The document's own (Swedish) title. */
            title: string;
            /** @description Who publishes it. */
            issuer: string;
            /**
             * @description What kind of publisher: news, patient associations, parties and individuals are secondary sources.
             * @enum {string}
             */
            publisherType: "region" | "municipality" | "agency" | "parliament" | "government" | "provider" | "news" | "patient_association" | "political_party" | "individual" | "other";
            /**
             * @description primary: the body itself (the region, a municipality, an agency, parliament, the government, the provider); secondary: reporting on it (news, a patient association, a party); weak: a reader's letter, a blog, a forum.
             * @enum {string}
             */
            strength: "primary" | "secondary" | "weak";
            /** @enum {string} */
            kind: "board_memo" | "minutes" | "written_answer" | "web_page" | "study" | "press_release" | "news_article" | "opinion_piece" | "report" | "blog_post" | "motion" | "letter";
            /** @description The source's own publication date, where it gives one. */
            publishedOn: string | null;
            /**
             * @description The date the source says it was last updated, where it gives one.
             * @default null
             */
            updatedOn: string | null;
            /**
             * @description For a source without a date: the earliest date it can have been written. Its facts never hold before it.
             * @default null
             */
            notBefore: string | null;
            /** @description Why the source has no date, and how `notBefore` follows from it. In the language asked for. */
            dateNote: string | null;
            /** @description Why a secondary source is used, or other caveats. In the language asked for. */
            note: string | null;
            referenceNumber: string | null;
            /** @description The text the project holds, for documents quoted verbatim. */
            fileName: string | null;
            url: string | null;
            /** @enum {string} */
            jurisdictionLevel: "nation" | "region" | "municipality";
            regionCode: string | null;
            municipalityCode: string | null;
            /**
             * Format: date
             * @description The date the source is evidence as of: updatedOn, else publishedOn, else notBefore.
             * @example 2021-03-31
             */
            evidenceDate: string;
            /** @description True when the source is secondary or weak, not primary. */
            secondary: boolean;
            /** @description True for documents the project holds (and quotes verbatim); false for web pages (cited in our own words). */
            held: boolean;
            /** @description When editors retired the source; it stays readable. */
            retiredAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description A citation as a resource of its own, its reference in Swedish and English. */
        CitationStoredRecord: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "quote" | "reference";
            sourceId: string;
            sourceTitle: string;
            sourceIssuer: string;
            sourceUrl: string | null;
            /**
             * Format: date
             * @description The source's own date (or "not before" bound): the date this citation is evidence as of.
             * @example 2021-03-31
             */
            sourceDate: string;
            /**
             * @description Whether the source's date is its publication, its last update, or only a "not before" bound.
             * @enum {string}
             */
            sourceDateKind: "published" | "updated" | "not_before";
            /**
             * @description How strong the source is: primary (the region, an agency, parliament, the provider), secondary (news, a patient association, a party) or weak (a reader's letter, a blog, a forum).
             * @enum {string}
             */
            sourceStrength: "primary" | "secondary" | "weak";
            /** @description True when the source is secondary or weak, not primary. */
            secondary: boolean;
            /** @description Where in the source: its heading, a page, or a description in the source's language. */
            locator: string | null;
            /** @description For a document the project holds: a verbatim excerpt, in the document's language. */
            quote: string | null;
            /** @description For a web page: what it says, in the project's own words. In Swedish and English. */
            reference: {
                /** @description In Swedish (written first: the sources are Swedish). */
                sv: string;
                /** @description In English, saying the same. */
                en: string;
            } | null;
            supports: string | null;
            /**
             * @description The kind of fact cited.
             * @enum {string}
             */
            factKind: "providers" | "fees" | "referralRules" | "homeCarePolicies" | "decisions" | "specialistCare";
            factId: string;
            retiredAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description A citation as a resource of its own. */
        CitationRecord: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "quote" | "reference";
            sourceId: string;
            sourceTitle: string;
            sourceIssuer: string;
            sourceUrl: string | null;
            /**
             * Format: date
             * @description The source's own date (or "not before" bound): the date this citation is evidence as of.
             * @example 2021-03-31
             */
            sourceDate: string;
            /**
             * @description Whether the source's date is its publication, its last update, or only a "not before" bound.
             * @enum {string}
             */
            sourceDateKind: "published" | "updated" | "not_before";
            /**
             * @description How strong the source is: primary (the region, an agency, parliament, the provider), secondary (news, a patient association, a party) or weak (a reader's letter, a blog, a forum).
             * @enum {string}
             */
            sourceStrength: "primary" | "secondary" | "weak";
            /** @description True when the source is secondary or weak, not primary. */
            secondary: boolean;
            /** @description Where in the source: its heading, a page, or a description in the source's language. */
            locator: string | null;
            /** @description For a document the project holds: a verbatim excerpt, in the document's language. */
            quote: string | null;
            /** @description For a web page: what it says, in the project's own words. In the language asked for. */
            reference: string | null;
            supports: string | null;
            /**
             * @description The kind of fact cited.
             * @enum {string}
             */
            factKind: "providers" | "fees" | "referralRules" | "homeCarePolicies" | "decisions" | "specialistCare";
            factId: string;
            retiredAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description One of Sweden's 21 regions. */
        Region: {
            /**
             * @description SCB county code of a region.
             * @example 14
             */
            code: string;
            /** @example Västra Götalandsregionen */
            name: string;
            /** @example Västra Götalands län */
            county: string;
        };
        /** @description One of Sweden's 290 municipalities (kommuner). */
        Municipality: {
            /**
             * @description SCB municipality code.
             * @example 0180
             */
            code: string;
            /** @example Stockholm */
            name: string;
            /**
             * @description SCB county code of a region.
             * @example 14
             */
            regionCode: string;
        };
        Condition: {
            /** @example me-cfs */
            id: string;
            /** @example ME/CFS */
            name: string;
            /** @example ME/CFS (myalgisk encefalomyelit) */
            nameSv: string;
        };
        /**
         * @description An RFC 9457 problem details object.
         * @example {
         *       "type": "https://regionkollen.se/problems/validation-failed",
         *       "title": "Bad Request",
         *       "status": 400,
         *       "detail": "The querystring is invalid: querystring.asOf: must be a date, YYYY-MM-DD",
         *       "instance": "/v1/providers",
         *       "requestId": "6c1d0f2e-5a8b-4c1e-9d1a-2b3c4d5e6f70",
         *       "parameter": "asOf",
         *       "errors": [
         *         {
         *           "path": "querystring.asOf",
         *           "message": "must be a date, YYYY-MM-DD"
         *         }
         *       ]
         *     }
         */
        Problem: {
            /** @example https://regionkollen.se/problems/not-found */
            type: string;
            /** @example Not Found */
            title: string;
            /** @example 404 */
            status: number;
            /** @example No region has the code "99". */
            detail?: string;
            /** @example /v1/regions/99 */
            instance?: string;
            requestId?: string;
            /**
             * @description The offending parameter, where one is to blame.
             * @example code
             */
            parameter?: string;
            /** @description Each validation failure, with where it is. */
            errors?: {
                path: string;
                message: string;
            }[];
        };
        Liveness: {
            /** @constant */
            status: "ok";
        };
        Readiness: {
            /** @constant */
            status: "ok";
            /** @description Version of the data being served. */
            snapshotVersion: string;
        };
        /** @description One write in the change log. */
        Change: {
            /**
             * @description Position in the change log; pass the last one seen as `since`.
             * @example 42
             */
            id: string;
            /** @example fees */
            resource: string;
            recordId: string;
            /** @enum {string} */
            action: "create" | "update" | "retire";
            /** @description Who made the change: the display name chosen for the key (default: its role), or "curated:<file>" for the curated data. */
            actor: string;
            /** Format: date-time */
            at: string;
            /** @description The record before (null for a create). */
            before: unknown | null;
            /** @description The record after. */
            after: unknown | null;
        };
        ChangePage: {
            items: components["schemas"]["Change"][];
            page: components["schemas"]["Page"];
        };
        ProviderRef: {
            id: string;
            name: string;
            shortName: string | null;
            /**
             * @description region_run, contracted or municipal providers are the region's offer; private ones are not.
             * @enum {string}
             */
            operatedAs: "region_run" | "contracted" | "municipal" | "private" | "unknown";
        };
        RegionRef: {
            /**
             * @description SCB county code of a region.
             * @example 14
             */
            code: string;
            name: string;
        };
        ReferralChannel: {
            /**
             * @description Who may refer: primary care, any doctor, or the patient (self-referral).
             * @enum {string}
             */
            channel: "primary_care" | "any_doctor" | "self_referral";
            /** @description The provider referred to; null for a rule of the region's specialist care as a whole. */
            provider: components["schemas"]["ProviderRef"] | null;
            /**
             * @description open: referrals this way are taken; closed: they are not (for now, if the provider is paused).
             * @enum {string}
             */
            status: "open" | "closed" | "unknown";
            /** @description The patient must be "färdigutredd" first; null if no source says. */
            requiresFullyInvestigated: boolean | null;
            /** @enum {string} */
            ageGroup: "adults" | "children" | "all" | "unknown" | "older_people";
            maxTreatmentOccasions: number | null;
            /** @description Other terms the source states, in the language asked for. */
            prerequisites: string | null;
            /**
             * Format: date
             * @description A calendar date, YYYY-MM-DD.
             * @example 2021-03-31
             */
            validFrom: string;
            /**
             * Format: date
             * @description A calendar date, YYYY-MM-DD.
             * @example 2021-03-31
             */
            evidenceDate: string;
        };
        RegionalServiceValue: {
            /**
             * @description What the source says, as recorded in the home-care policy.
             * @enum {string}
             */
            policyStatus: "offered" | "offered_after_needs_assessment" | "not_offered" | "municipal_responsibility" | "under_trial" | "unknown";
            legalBasis: ("hsl" | "sol" | "lss") | null;
            /**
             * @description What it rests on: a statement, a proposal (not a decision) or interviews with needs assessors.
             * @enum {string}
             */
            basis: "statement" | "proposal" | "interview_accounts";
            /** @enum {string} */
            ageGroup: "adults" | "children" | "all" | "unknown" | "older_people";
            /** @description Whether the policy is specific to the condition asked about, rather than for all patients. */
            conditionSpecific: boolean;
            /**
             * Format: date
             * @description A calendar date, YYYY-MM-DD.
             * @example 2021-03-31
             */
            evidenceDate: string;
            /** @description The grounds the region states, in the language asked for. */
            grounds: string | null;
            /** @description The decision (or proposal) the policy comes from. */
            decisionId: string | null;
        };
        MunicipalPolicy: {
            code: string;
            name: string;
            /**
             * @description What the source says, as recorded in the home-care policy.
             * @enum {string}
             */
            policyStatus: "offered" | "offered_after_needs_assessment" | "not_offered" | "municipal_responsibility" | "under_trial" | "unknown";
            legalBasis: ("hsl" | "sol" | "lss") | null;
            /**
             * @description What it rests on: a statement, a proposal (not a decision) or interviews with needs assessors.
             * @enum {string}
             */
            basis: "statement" | "proposal" | "interview_accounts";
            /** @enum {string} */
            ageGroup: "adults" | "children" | "all" | "unknown" | "older_people";
            /** @description Whether the policy is specific to the condition asked about, rather than for all patients. */
            conditionSpecific: boolean;
            /**
             * Format: date
             * @description A calendar date, YYYY-MM-DD.
             * @example 2021-03-31
             */
            evidenceDate: string;
        };
        MunicipalServiceValue: {
            municipalitiesKnown: number;
            municipalitiesTotal: number;
            municipalities: components["schemas"]["MunicipalPolicy"][];
        };
        HighCostCeilingValue: {
            countsTowardCeiling: boolean;
            /** @enum {string} */
            whose: "provider" | "region";
            provider: components["schemas"]["ProviderRef"] | null;
        };
        DecisionItem: {
            id: string;
            /** @enum {string} */
            kind: "motion" | "written_question" | "board_decision" | "regulation" | "interpellation" | "government_assignment" | "citizen_proposal" | "budget";
            /**
             * @description filed, proposed (one body proposes to another: not a decision), decided or answered.
             * @enum {string}
             */
            stage: "filed" | "proposed" | "decided" | "answered";
            /** @enum {string} */
            outcome: "approved" | "rejected" | "considered_answered" | "answered" | "pending" | "unknown";
            title: string;
            /** @description Who acted at this stage, in the language asked for. */
            body: string | null;
            /** @description The date of this stage; null when the source gives none (see `knownBy`). */
            date: string | null;
            /**
             * Format: date
             * @description The step had happened by this date at the latest.
             * @example 2021-03-31
             */
            knownBy: string;
            referenceNumber: string | null;
            proposer: string | null;
            proposerParty: string | null;
            votes: {
                forMotion: number | null;
                againstMotion: number | null;
                abstained: number | null;
            } | null;
            /** @description Who did what, and when, in the language asked for. */
            sentence: string;
            /**
             * Format: date
             * @description A calendar date, YYYY-MM-DD.
             * @example 2021-03-31
             */
            evidenceDate: string;
        };
        RecentDecisionsValue: {
            items: components["schemas"]["DecisionItem"][];
        };
        ReferralChannelsValue: {
            channels: components["schemas"]["ReferralChannel"][];
        };
        SelfReferralValue: {
            channels: components["schemas"]["ReferralChannel"][];
        };
        SpecialistProvider: {
            id: string;
            name: string;
            shortName: string | null;
            /**
             * @description region_run, contracted or municipal providers are the region's offer; private ones are not.
             * @enum {string}
             */
            operatedAs: "region_run" | "contracted" | "municipal" | "private" | "unknown";
            /** @enum {string} */
            kind: "clinic" | "team" | "company" | "multidisciplinary_conference";
            /** @description Run by or contracted by the region (or a municipality): the region's own offer. */
            countsForRegion: boolean;
            /** @enum {string} */
            status: "operating" | "closed" | "planned" | "unknown" | "paused";
            /** @description Whether it takes new patients: false while paused or closed; null if no source says. */
            acceptingReferrals: boolean | null;
            contractStart: string | null;
            contractEnd: string | null;
            /**
             * Format: date
             * @description A calendar date, YYYY-MM-DD.
             * @example 2021-03-31
             */
            validFrom: string;
            /**
             * Format: date
             * @description How recent this provider's own evidence is, as of the date asked.
             * @example 2021-03-31
             */
            evidenceDate: string;
        };
        SpecialistCareStatementRef: {
            /** @enum {string} */
            status: "available" | "none" | "elsewhere" | "unknown";
            /** @description Where patients are sent, for "elsewhere". */
            referredTo: components["schemas"]["RegionRef"] | null;
            /**
             * Format: date
             * @description A calendar date, YYYY-MM-DD.
             * @example 2021-03-31
             */
            evidenceDate: string;
        };
        SpecialistProviderValue: {
            providers: components["schemas"]["SpecialistProvider"][];
            statements: components["schemas"]["SpecialistCareStatementRef"][];
        };
        FeeItem: {
            /** @description Whole Swedish kronor; 0 when free; null when a source says a fee is charged but not how much. */
            amountSek: number | null;
            /**
             * @description A clinic's own fee for the condition, or the region's general fee for a specialist visit.
             * @enum {string}
             */
            whose: "provider" | "region";
            provider: components["schemas"]["ProviderRef"] | null;
            /** @description Whether it counts toward the high-cost ceiling (högkostnadsskyddet); null if no source says. */
            countsTowardCeiling: boolean | null;
        };
        SpecialistVisitFeeValue: {
            /** @description Whole Swedish kronor; 0 when free; null when a source says a fee is charged but not how much. */
            amountSek: number | null;
            /**
             * @description A clinic's own fee for the condition, or the region's general fee for a specialist visit.
             * @enum {string}
             */
            whose: "provider" | "region";
            provider: components["schemas"]["ProviderRef"] | null;
            /** @description Whether it counts toward the high-cost ceiling (högkostnadsskyddet); null if no source says. */
            countsTowardCeiling: boolean | null;
            /** @description Other fees that hold on the date (the region's general fee beside a clinic's own). */
            otherFees: components["schemas"]["FeeItem"][];
        };
        /** @description Does the region offer a specialist clinic for the condition? (availability) */
        SpecialistProviderCell: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            dimension: "specialist_provider";
            region: components["schemas"]["RegionRef"];
            /**
             * @description A availability answer: offered, partly, paused, not_offered, municipal_responsibility, unknown. "unknown" means no source on file, never "no".
             * @enum {string}
             */
            status: "offered" | "partly" | "paused" | "not_offered" | "municipal_responsibility" | "unknown";
            /** @description The status in the language asked for. */
            statusLabel: string;
            /** @description The answer as data; null when nothing is known. */
            value: components["schemas"]["SpecialistProviderValue"] | null;
            /** @description The answer in a few words, for a map tile or a narrow column. */
            short: string;
            /** @description The answer in sentences, in the language asked for, with any caveat (stale, weak sources, disagreement): what to quote. */
            summary: string;
            /** @description The answer in sentences, without its caveats. */
            statement: string;
            /** @description What to bear in mind: the sources disagree, the answer rests on secondary or weak sources only, or it is old. */
            caveats: {
                /** @enum {string} */
                kind: "disagree" | "secondary" | "weak" | "stale";
                text: string;
            }[];
            /** @description How recent the evidence of the facts that decide this answer is, as of the date asked. */
            evidenceDate: string | null;
            /** @description That evidence is older than the staleness horizon before `asOf`: the answer may no longer hold. */
            stale: boolean;
            /** @description The strongest source behind the deciding facts: "secondary" or "weak" means the answer rests on no primary source. */
            evidenceStrength: ("primary" | "secondary" | "weak") | null;
            /** @description Facts valid on the date say different things; each is cited. */
            sourcesDisagree: boolean;
            /** @description The facts the answer rests on and names, deciding ones first. */
            factIds: string[];
            /** @description The facts that decide the status and the value (the others of `factIds` are named beside). */
            decidingFactIds: string[];
            citations: components["schemas"]["Citation"][];
        };
        /** @description Can patients refer themselves to the region's specialist care for the condition? (availability) */
        SelfReferralCell: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            dimension: "self_referral";
            region: components["schemas"]["RegionRef"];
            /**
             * @description A availability answer: offered, partly, paused, not_offered, municipal_responsibility, unknown. "unknown" means no source on file, never "no".
             * @enum {string}
             */
            status: "offered" | "partly" | "paused" | "not_offered" | "municipal_responsibility" | "unknown";
            /** @description The status in the language asked for. */
            statusLabel: string;
            /** @description The answer as data; null when nothing is known. */
            value: components["schemas"]["SelfReferralValue"] | null;
            /** @description The answer in a few words, for a map tile or a narrow column. */
            short: string;
            /** @description The answer in sentences, in the language asked for, with any caveat (stale, weak sources, disagreement): what to quote. */
            summary: string;
            /** @description The answer in sentences, without its caveats. */
            statement: string;
            /** @description What to bear in mind: the sources disagree, the answer rests on secondary or weak sources only, or it is old. */
            caveats: {
                /** @enum {string} */
                kind: "disagree" | "secondary" | "weak" | "stale";
                text: string;
            }[];
            /** @description How recent the evidence of the facts that decide this answer is, as of the date asked. */
            evidenceDate: string | null;
            /** @description That evidence is older than the staleness horizon before `asOf`: the answer may no longer hold. */
            stale: boolean;
            /** @description The strongest source behind the deciding facts: "secondary" or "weak" means the answer rests on no primary source. */
            evidenceStrength: ("primary" | "secondary" | "weak") | null;
            /** @description Facts valid on the date say different things; each is cited. */
            sourcesDisagree: boolean;
            /** @description The facts the answer rests on and names, deciding ones first. */
            factIds: string[];
            /** @description The facts that decide the status and the value (the others of `factIds` are named beside). */
            decidingFactIds: string[];
            citations: components["schemas"]["Citation"][];
        };
        /** @description Who may refer patients with the condition to specialist care, and on what terms? (list) */
        ReferralChannelsCell: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            dimension: "referral_channels";
            region: components["schemas"]["RegionRef"];
            /**
             * @description A list answer: known, unknown. "unknown" means no source on file, never "no".
             * @enum {string}
             */
            status: "known" | "unknown";
            /** @description The status in the language asked for. */
            statusLabel: string;
            /** @description The answer as data; null when nothing is known. */
            value: components["schemas"]["ReferralChannelsValue"] | null;
            /** @description The answer in a few words, for a map tile or a narrow column. */
            short: string;
            /** @description The answer in sentences, in the language asked for, with any caveat (stale, weak sources, disagreement): what to quote. */
            summary: string;
            /** @description The answer in sentences, without its caveats. */
            statement: string;
            /** @description What to bear in mind: the sources disagree, the answer rests on secondary or weak sources only, or it is old. */
            caveats: {
                /** @enum {string} */
                kind: "disagree" | "secondary" | "weak" | "stale";
                text: string;
            }[];
            /** @description How recent the evidence of the facts that decide this answer is, as of the date asked. */
            evidenceDate: string | null;
            /** @description That evidence is older than the staleness horizon before `asOf`: the answer may no longer hold. */
            stale: boolean;
            /** @description The strongest source behind the deciding facts: "secondary" or "weak" means the answer rests on no primary source. */
            evidenceStrength: ("primary" | "secondary" | "weak") | null;
            /** @description Facts valid on the date say different things; each is cited. */
            sourcesDisagree: boolean;
            /** @description The facts the answer rests on and names, deciding ones first. */
            factIds: string[];
            /** @description The facts that decide the status and the value (the others of `factIds` are named beside). */
            decidingFactIds: string[];
            citations: components["schemas"]["Citation"][];
        };
        /** @description What does a patient pay for a visit to specialist care for the condition? (amount) */
        SpecialistVisitFeeCell: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            dimension: "specialist_visit_fee";
            region: components["schemas"]["RegionRef"];
            /**
             * @description A amount answer: known, unknown. "unknown" means no source on file, never "no".
             * @enum {string}
             */
            status: "known" | "unknown";
            /** @description The status in the language asked for. */
            statusLabel: string;
            /** @description The answer as data; null when nothing is known. */
            value: components["schemas"]["SpecialistVisitFeeValue"] | null;
            /** @description The answer in a few words, for a map tile or a narrow column. */
            short: string;
            /** @description The answer in sentences, in the language asked for, with any caveat (stale, weak sources, disagreement): what to quote. */
            summary: string;
            /** @description The answer in sentences, without its caveats. */
            statement: string;
            /** @description What to bear in mind: the sources disagree, the answer rests on secondary or weak sources only, or it is old. */
            caveats: {
                /** @enum {string} */
                kind: "disagree" | "secondary" | "weak" | "stale";
                text: string;
            }[];
            /** @description How recent the evidence of the facts that decide this answer is, as of the date asked. */
            evidenceDate: string | null;
            /** @description That evidence is older than the staleness horizon before `asOf`: the answer may no longer hold. */
            stale: boolean;
            /** @description The strongest source behind the deciding facts: "secondary" or "weak" means the answer rests on no primary source. */
            evidenceStrength: ("primary" | "secondary" | "weak") | null;
            /** @description Facts valid on the date say different things; each is cited. */
            sourcesDisagree: boolean;
            /** @description The facts the answer rests on and names, deciding ones first. */
            factIds: string[];
            /** @description The facts that decide the status and the value (the others of `factIds` are named beside). */
            decidingFactIds: string[];
            citations: components["schemas"]["Citation"][];
        };
        /** @description Does the specialist visit fee count toward the national high-cost ceiling (högkostnadsskyddet)? (yes_no) */
        HighCostCeilingCell: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            dimension: "high_cost_ceiling";
            region: components["schemas"]["RegionRef"];
            /**
             * @description A yes/no answer: yes, no, unknown. "unknown" means no source on file, never "no".
             * @enum {string}
             */
            status: "yes" | "no" | "unknown";
            /** @description The status in the language asked for. */
            statusLabel: string;
            /** @description The answer as data; null when nothing is known. */
            value: components["schemas"]["HighCostCeilingValue"] | null;
            /** @description The answer in a few words, for a map tile or a narrow column. */
            short: string;
            /** @description The answer in sentences, in the language asked for, with any caveat (stale, weak sources, disagreement): what to quote. */
            summary: string;
            /** @description The answer in sentences, without its caveats. */
            statement: string;
            /** @description What to bear in mind: the sources disagree, the answer rests on secondary or weak sources only, or it is old. */
            caveats: {
                /** @enum {string} */
                kind: "disagree" | "secondary" | "weak" | "stale";
                text: string;
            }[];
            /** @description How recent the evidence of the facts that decide this answer is, as of the date asked. */
            evidenceDate: string | null;
            /** @description That evidence is older than the staleness horizon before `asOf`: the answer may no longer hold. */
            stale: boolean;
            /** @description The strongest source behind the deciding facts: "secondary" or "weak" means the answer rests on no primary source. */
            evidenceStrength: ("primary" | "secondary" | "weak") | null;
            /** @description Facts valid on the date say different things; each is cited. */
            sourcesDisagree: boolean;
            /** @description The facts the answer rests on and names, deciding ones first. */
            factIds: string[];
            /** @description The facts that decide the status and the value (the others of `factIds` are named beside). */
            decidingFactIds: string[];
            citations: components["schemas"]["Citation"][];
        };
        /** @description Does a doctor visit patients at home? (availability) */
        DoctorHomeVisitCell: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            dimension: "doctor_home_visit";
            region: components["schemas"]["RegionRef"];
            /**
             * @description A availability answer: offered, partly, paused, not_offered, municipal_responsibility, unknown. "unknown" means no source on file, never "no".
             * @enum {string}
             */
            status: "offered" | "partly" | "paused" | "not_offered" | "municipal_responsibility" | "unknown";
            /** @description The status in the language asked for. */
            statusLabel: string;
            /** @description The answer as data; null when nothing is known. */
            value: components["schemas"]["RegionalServiceValue"] | null;
            /** @description The answer in a few words, for a map tile or a narrow column. */
            short: string;
            /** @description The answer in sentences, in the language asked for, with any caveat (stale, weak sources, disagreement): what to quote. */
            summary: string;
            /** @description The answer in sentences, without its caveats. */
            statement: string;
            /** @description What to bear in mind: the sources disagree, the answer rests on secondary or weak sources only, or it is old. */
            caveats: {
                /** @enum {string} */
                kind: "disagree" | "secondary" | "weak" | "stale";
                text: string;
            }[];
            /** @description How recent the evidence of the facts that decide this answer is, as of the date asked. */
            evidenceDate: string | null;
            /** @description That evidence is older than the staleness horizon before `asOf`: the answer may no longer hold. */
            stale: boolean;
            /** @description The strongest source behind the deciding facts: "secondary" or "weak" means the answer rests on no primary source. */
            evidenceStrength: ("primary" | "secondary" | "weak") | null;
            /** @description Facts valid on the date say different things; each is cited. */
            sourcesDisagree: boolean;
            /** @description The facts the answer rests on and names, deciding ones first. */
            factIds: string[];
            /** @description The facts that decide the status and the value (the others of `factIds` are named beside). */
            decidingFactIds: string[];
            citations: components["schemas"]["Citation"][];
        };
        /** @description Does a nurse or assistant nurse visit patients at home (samples, dressings, medicines)? (availability) */
        NurseHomeVisitCell: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            dimension: "nurse_home_visit";
            region: components["schemas"]["RegionRef"];
            /**
             * @description A availability answer: offered, partly, paused, not_offered, municipal_responsibility, unknown. "unknown" means no source on file, never "no".
             * @enum {string}
             */
            status: "offered" | "partly" | "paused" | "not_offered" | "municipal_responsibility" | "unknown";
            /** @description The status in the language asked for. */
            statusLabel: string;
            /** @description The answer as data; null when nothing is known. */
            value: components["schemas"]["RegionalServiceValue"] | null;
            /** @description The answer in a few words, for a map tile or a narrow column. */
            short: string;
            /** @description The answer in sentences, in the language asked for, with any caveat (stale, weak sources, disagreement): what to quote. */
            summary: string;
            /** @description The answer in sentences, without its caveats. */
            statement: string;
            /** @description What to bear in mind: the sources disagree, the answer rests on secondary or weak sources only, or it is old. */
            caveats: {
                /** @enum {string} */
                kind: "disagree" | "secondary" | "weak" | "stale";
                text: string;
            }[];
            /** @description How recent the evidence of the facts that decide this answer is, as of the date asked. */
            evidenceDate: string | null;
            /** @description That evidence is older than the staleness horizon before `asOf`: the answer may no longer hold. */
            stale: boolean;
            /** @description The strongest source behind the deciding facts: "secondary" or "weak" means the answer rests on no primary source. */
            evidenceStrength: ("primary" | "secondary" | "weak") | null;
            /** @description Facts valid on the date say different things; each is cited. */
            sourcesDisagree: boolean;
            /** @description The facts the answer rests on and names, deciding ones first. */
            factIds: string[];
            /** @description The facts that decide the status and the value (the others of `factIds` are named beside). */
            decidingFactIds: string[];
            citations: components["schemas"]["Citation"][];
        };
        /** @description Does an occupational therapist visit patients at home (aids, assessments)? (availability) */
        OccupationalTherapistHomeVisitCell: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            dimension: "occupational_therapist_home_visit";
            region: components["schemas"]["RegionRef"];
            /**
             * @description A availability answer: offered, partly, paused, not_offered, municipal_responsibility, unknown. "unknown" means no source on file, never "no".
             * @enum {string}
             */
            status: "offered" | "partly" | "paused" | "not_offered" | "municipal_responsibility" | "unknown";
            /** @description The status in the language asked for. */
            statusLabel: string;
            /** @description The answer as data; null when nothing is known. */
            value: components["schemas"]["RegionalServiceValue"] | null;
            /** @description The answer in a few words, for a map tile or a narrow column. */
            short: string;
            /** @description The answer in sentences, in the language asked for, with any caveat (stale, weak sources, disagreement): what to quote. */
            summary: string;
            /** @description The answer in sentences, without its caveats. */
            statement: string;
            /** @description What to bear in mind: the sources disagree, the answer rests on secondary or weak sources only, or it is old. */
            caveats: {
                /** @enum {string} */
                kind: "disagree" | "secondary" | "weak" | "stale";
                text: string;
            }[];
            /** @description How recent the evidence of the facts that decide this answer is, as of the date asked. */
            evidenceDate: string | null;
            /** @description That evidence is older than the staleness horizon before `asOf`: the answer may no longer hold. */
            stale: boolean;
            /** @description The strongest source behind the deciding facts: "secondary" or "weak" means the answer rests on no primary source. */
            evidenceStrength: ("primary" | "secondary" | "weak") | null;
            /** @description Facts valid on the date say different things; each is cited. */
            sourcesDisagree: boolean;
            /** @description The facts the answer rests on and names, deciding ones first. */
            factIds: string[];
            /** @description The facts that decide the status and the value (the others of `factIds` are named beside). */
            decidingFactIds: string[];
            citations: components["schemas"]["Citation"][];
        };
        /** @description Does a counselor visit patients at home? (availability) */
        CounselorHomeVisitCell: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            dimension: "counselor_home_visit";
            region: components["schemas"]["RegionRef"];
            /**
             * @description A availability answer: offered, partly, paused, not_offered, municipal_responsibility, unknown. "unknown" means no source on file, never "no".
             * @enum {string}
             */
            status: "offered" | "partly" | "paused" | "not_offered" | "municipal_responsibility" | "unknown";
            /** @description The status in the language asked for. */
            statusLabel: string;
            /** @description The answer as data; null when nothing is known. */
            value: components["schemas"]["RegionalServiceValue"] | null;
            /** @description The answer in a few words, for a map tile or a narrow column. */
            short: string;
            /** @description The answer in sentences, in the language asked for, with any caveat (stale, weak sources, disagreement): what to quote. */
            summary: string;
            /** @description The answer in sentences, without its caveats. */
            statement: string;
            /** @description What to bear in mind: the sources disagree, the answer rests on secondary or weak sources only, or it is old. */
            caveats: {
                /** @enum {string} */
                kind: "disagree" | "secondary" | "weak" | "stale";
                text: string;
            }[];
            /** @description How recent the evidence of the facts that decide this answer is, as of the date asked. */
            evidenceDate: string | null;
            /** @description That evidence is older than the staleness horizon before `asOf`: the answer may no longer hold. */
            stale: boolean;
            /** @description The strongest source behind the deciding facts: "secondary" or "weak" means the answer rests on no primary source. */
            evidenceStrength: ("primary" | "secondary" | "weak") | null;
            /** @description Facts valid on the date say different things; each is cited. */
            sourcesDisagree: boolean;
            /** @description The facts the answer rests on and names, deciding ones first. */
            factIds: string[];
            /** @description The facts that decide the status and the value (the others of `factIds` are named beside). */
            decidingFactIds: string[];
            citations: components["schemas"]["Citation"][];
        };
        /** @description Can patients see dental care digitally? (availability) */
        DigitalDentalCareCell: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            dimension: "digital_dental_care";
            region: components["schemas"]["RegionRef"];
            /**
             * @description A availability answer: offered, partly, paused, not_offered, municipal_responsibility, unknown. "unknown" means no source on file, never "no".
             * @enum {string}
             */
            status: "offered" | "partly" | "paused" | "not_offered" | "municipal_responsibility" | "unknown";
            /** @description The status in the language asked for. */
            statusLabel: string;
            /** @description The answer as data; null when nothing is known. */
            value: components["schemas"]["RegionalServiceValue"] | null;
            /** @description The answer in a few words, for a map tile or a narrow column. */
            short: string;
            /** @description The answer in sentences, in the language asked for, with any caveat (stale, weak sources, disagreement): what to quote. */
            summary: string;
            /** @description The answer in sentences, without its caveats. */
            statement: string;
            /** @description What to bear in mind: the sources disagree, the answer rests on secondary or weak sources only, or it is old. */
            caveats: {
                /** @enum {string} */
                kind: "disagree" | "secondary" | "weak" | "stale";
                text: string;
            }[];
            /** @description How recent the evidence of the facts that decide this answer is, as of the date asked. */
            evidenceDate: string | null;
            /** @description That evidence is older than the staleness horizon before `asOf`: the answer may no longer hold. */
            stale: boolean;
            /** @description The strongest source behind the deciding facts: "secondary" or "weak" means the answer rests on no primary source. */
            evidenceStrength: ("primary" | "secondary" | "weak") | null;
            /** @description Facts valid on the date say different things; each is cited. */
            sourcesDisagree: boolean;
            /** @description The facts the answer rests on and names, deciding ones first. */
            factIds: string[];
            /** @description The facts that decide the status and the value (the others of `factIds` are named beside). */
            decidingFactIds: string[];
            citations: components["schemas"]["Citation"][];
        };
        /** @description Does dental care come to patients who cannot travel? (availability) */
        MobileDentalCareCell: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            dimension: "mobile_dental_care";
            region: components["schemas"]["RegionRef"];
            /**
             * @description A availability answer: offered, partly, paused, not_offered, municipal_responsibility, unknown. "unknown" means no source on file, never "no".
             * @enum {string}
             */
            status: "offered" | "partly" | "paused" | "not_offered" | "municipal_responsibility" | "unknown";
            /** @description The status in the language asked for. */
            statusLabel: string;
            /** @description The answer as data; null when nothing is known. */
            value: components["schemas"]["RegionalServiceValue"] | null;
            /** @description The answer in a few words, for a map tile or a narrow column. */
            short: string;
            /** @description The answer in sentences, in the language asked for, with any caveat (stale, weak sources, disagreement): what to quote. */
            summary: string;
            /** @description The answer in sentences, without its caveats. */
            statement: string;
            /** @description What to bear in mind: the sources disagree, the answer rests on secondary or weak sources only, or it is old. */
            caveats: {
                /** @enum {string} */
                kind: "disagree" | "secondary" | "weak" | "stale";
                text: string;
            }[];
            /** @description How recent the evidence of the facts that decide this answer is, as of the date asked. */
            evidenceDate: string | null;
            /** @description That evidence is older than the staleness horizon before `asOf`: the answer may no longer hold. */
            stale: boolean;
            /** @description The strongest source behind the deciding facts: "secondary" or "weak" means the answer rests on no primary source. */
            evidenceStrength: ("primary" | "secondary" | "weak") | null;
            /** @description Facts valid on the date say different things; each is cited. */
            sourcesDisagree: boolean;
            /** @description The facts the answer rests on and names, deciding ones first. */
            factIds: string[];
            /** @description The facts that decide the status and the value (the others of `factIds` are named beside). */
            decidingFactIds: string[];
            citations: components["schemas"]["Citation"][];
        };
        /** @description Do the municipalities grant home help? (availability) */
        HomeHelpCell: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            dimension: "home_help";
            region: components["schemas"]["RegionRef"];
            /**
             * @description A availability answer: offered, partly, paused, not_offered, municipal_responsibility, unknown. "unknown" means no source on file, never "no".
             * @enum {string}
             */
            status: "offered" | "partly" | "paused" | "not_offered" | "municipal_responsibility" | "unknown";
            /** @description The status in the language asked for. */
            statusLabel: string;
            /** @description The answer as data; null when nothing is known. */
            value: components["schemas"]["MunicipalServiceValue"] | null;
            /** @description The answer in a few words, for a map tile or a narrow column. */
            short: string;
            /** @description The answer in sentences, in the language asked for, with any caveat (stale, weak sources, disagreement): what to quote. */
            summary: string;
            /** @description The answer in sentences, without its caveats. */
            statement: string;
            /** @description What to bear in mind: the sources disagree, the answer rests on secondary or weak sources only, or it is old. */
            caveats: {
                /** @enum {string} */
                kind: "disagree" | "secondary" | "weak" | "stale";
                text: string;
            }[];
            /** @description How recent the evidence of the facts that decide this answer is, as of the date asked. */
            evidenceDate: string | null;
            /** @description That evidence is older than the staleness horizon before `asOf`: the answer may no longer hold. */
            stale: boolean;
            /** @description The strongest source behind the deciding facts: "secondary" or "weak" means the answer rests on no primary source. */
            evidenceStrength: ("primary" | "secondary" | "weak") | null;
            /** @description Facts valid on the date say different things; each is cited. */
            sourcesDisagree: boolean;
            /** @description The facts the answer rests on and names, deciding ones first. */
            factIds: string[];
            /** @description The facts that decide the status and the value (the others of `factIds` are named beside). */
            decidingFactIds: string[];
            citations: components["schemas"]["Citation"][];
        };
        /** @description Do the municipalities grant housing support? (availability) */
        HousingSupportCell: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            dimension: "housing_support";
            region: components["schemas"]["RegionRef"];
            /**
             * @description A availability answer: offered, partly, paused, not_offered, municipal_responsibility, unknown. "unknown" means no source on file, never "no".
             * @enum {string}
             */
            status: "offered" | "partly" | "paused" | "not_offered" | "municipal_responsibility" | "unknown";
            /** @description The status in the language asked for. */
            statusLabel: string;
            /** @description The answer as data; null when nothing is known. */
            value: components["schemas"]["MunicipalServiceValue"] | null;
            /** @description The answer in a few words, for a map tile or a narrow column. */
            short: string;
            /** @description The answer in sentences, in the language asked for, with any caveat (stale, weak sources, disagreement): what to quote. */
            summary: string;
            /** @description The answer in sentences, without its caveats. */
            statement: string;
            /** @description What to bear in mind: the sources disagree, the answer rests on secondary or weak sources only, or it is old. */
            caveats: {
                /** @enum {string} */
                kind: "disagree" | "secondary" | "weak" | "stale";
                text: string;
            }[];
            /** @description How recent the evidence of the facts that decide this answer is, as of the date asked. */
            evidenceDate: string | null;
            /** @description That evidence is older than the staleness horizon before `asOf`: the answer may no longer hold. */
            stale: boolean;
            /** @description The strongest source behind the deciding facts: "secondary" or "weak" means the answer rests on no primary source. */
            evidenceStrength: ("primary" | "secondary" | "weak") | null;
            /** @description Facts valid on the date say different things; each is cited. */
            sourcesDisagree: boolean;
            /** @description The facts the answer rests on and names, deciding ones first. */
            factIds: string[];
            /** @description The facts that decide the status and the value (the others of `factIds` are named beside). */
            decidingFactIds: string[];
            citations: components["schemas"]["Citation"][];
        };
        /** @description Do the municipalities grant personal assistance (LSS)? (availability) */
        PersonalAssistanceCell: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            dimension: "personal_assistance";
            region: components["schemas"]["RegionRef"];
            /**
             * @description A availability answer: offered, partly, paused, not_offered, municipal_responsibility, unknown. "unknown" means no source on file, never "no".
             * @enum {string}
             */
            status: "offered" | "partly" | "paused" | "not_offered" | "municipal_responsibility" | "unknown";
            /** @description The status in the language asked for. */
            statusLabel: string;
            /** @description The answer as data; null when nothing is known. */
            value: components["schemas"]["MunicipalServiceValue"] | null;
            /** @description The answer in a few words, for a map tile or a narrow column. */
            short: string;
            /** @description The answer in sentences, in the language asked for, with any caveat (stale, weak sources, disagreement): what to quote. */
            summary: string;
            /** @description The answer in sentences, without its caveats. */
            statement: string;
            /** @description What to bear in mind: the sources disagree, the answer rests on secondary or weak sources only, or it is old. */
            caveats: {
                /** @enum {string} */
                kind: "disagree" | "secondary" | "weak" | "stale";
                text: string;
            }[];
            /** @description How recent the evidence of the facts that decide this answer is, as of the date asked. */
            evidenceDate: string | null;
            /** @description That evidence is older than the staleness horizon before `asOf`: the answer may no longer hold. */
            stale: boolean;
            /** @description The strongest source behind the deciding facts: "secondary" or "weak" means the answer rests on no primary source. */
            evidenceStrength: ("primary" | "secondary" | "weak") | null;
            /** @description Facts valid on the date say different things; each is cited. */
            sourcesDisagree: boolean;
            /** @description The facts the answer rests on and names, deciding ones first. */
            factIds: string[];
            /** @description The facts that decide the status and the value (the others of `factIds` are named beside). */
            decidingFactIds: string[];
            citations: components["schemas"]["Citation"][];
        };
        /** @description What have the region's politicians decided or proposed on this care? (list) */
        RecentDecisionsCell: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            dimension: "recent_decisions";
            region: components["schemas"]["RegionRef"];
            /**
             * @description A list answer: known, unknown. "unknown" means no source on file, never "no".
             * @enum {string}
             */
            status: "known" | "unknown";
            /** @description The status in the language asked for. */
            statusLabel: string;
            /** @description The answer as data; null when nothing is known. */
            value: components["schemas"]["RecentDecisionsValue"] | null;
            /** @description The answer in a few words, for a map tile or a narrow column. */
            short: string;
            /** @description The answer in sentences, in the language asked for, with any caveat (stale, weak sources, disagreement): what to quote. */
            summary: string;
            /** @description The answer in sentences, without its caveats. */
            statement: string;
            /** @description What to bear in mind: the sources disagree, the answer rests on secondary or weak sources only, or it is old. */
            caveats: {
                /** @enum {string} */
                kind: "disagree" | "secondary" | "weak" | "stale";
                text: string;
            }[];
            /** @description How recent the evidence of the facts that decide this answer is, as of the date asked. */
            evidenceDate: string | null;
            /** @description That evidence is older than the staleness horizon before `asOf`: the answer may no longer hold. */
            stale: boolean;
            /** @description The strongest source behind the deciding facts: "secondary" or "weak" means the answer rests on no primary source. */
            evidenceStrength: ("primary" | "secondary" | "weak") | null;
            /** @description Facts valid on the date say different things; each is cited. */
            sourcesDisagree: boolean;
            /** @description The facts the answer rests on and names, deciding ones first. */
            factIds: string[];
            /** @description The facts that decide the status and the value (the others of `factIds` are named beside). */
            decidingFactIds: string[];
            citations: components["schemas"]["Citation"][];
        };
        /** @description What one region answers on one dimension, with the citations behind it. Each dimension has its own status set and value. */
        Cell: components["schemas"]["SpecialistProviderCell"] | components["schemas"]["SelfReferralCell"] | components["schemas"]["ReferralChannelsCell"] | components["schemas"]["SpecialistVisitFeeCell"] | components["schemas"]["HighCostCeilingCell"] | components["schemas"]["DoctorHomeVisitCell"] | components["schemas"]["NurseHomeVisitCell"] | components["schemas"]["OccupationalTherapistHomeVisitCell"] | components["schemas"]["CounselorHomeVisitCell"] | components["schemas"]["DigitalDentalCareCell"] | components["schemas"]["MobileDentalCareCell"] | components["schemas"]["HomeHelpCell"] | components["schemas"]["HousingSupportCell"] | components["schemas"]["PersonalAssistanceCell"] | components["schemas"]["RecentDecisionsCell"];
        /**
         * @description A comparison dimension.
         * @enum {string}
         */
        DimensionId: "specialist_provider" | "self_referral" | "referral_channels" | "specialist_visit_fee" | "high_cost_ceiling" | "doctor_home_visit" | "nurse_home_visit" | "occupational_therapist_home_visit" | "counselor_home_visit" | "digital_dental_care" | "mobile_dental_care" | "home_help" | "housing_support" | "personal_assistance" | "recent_decisions";
        /** @description One dimension with a cell for each region compared. */
        DimensionRow: {
            id: components["schemas"]["DimensionId"];
            /** @description The dimension's name in the language asked for. */
            label: string;
            /** @description The question its cells answer. */
            question: string;
            /**
             * @description availability: offered, partly, paused, not_offered, municipal_responsibility or unknown; amount and list: known or unknown; yes_no: yes, no or unknown.
             * @enum {string}
             */
            type: "availability" | "amount" | "yes_no" | "list";
            /** @description True where at least two regions have known, different answers. */
            differs: boolean;
            /** @description True where some regions' cells are known and others unknown. */
            partlyKnown: boolean;
            /** @description One cell per region, in the order of `regions`. */
            cells: components["schemas"]["Cell"][];
        };
        /** @description A matrix of dimensions by regions. */
        Comparison: {
            /**
             * Format: date
             * @description A calendar date, YYYY-MM-DD.
             * @example 2021-03-31
             */
            asOf: string;
            condition: string;
            /** @enum {string} */
            lang: "en" | "sv";
            regions: {
                /**
                 * @description SCB county code of a region.
                 * @example 14
                 */
                code: string;
                name: string;
            }[];
            dimensions: components["schemas"]["DimensionRow"][];
            differingDimensions: components["schemas"]["DimensionId"][];
        };
        DimensionAcrossRegions: {
            /**
             * Format: date
             * @description A calendar date, YYYY-MM-DD.
             * @example 2021-03-31
             */
            asOf: string;
            condition: string;
            /** @enum {string} */
            lang: "en" | "sv";
            dimension: {
                id: components["schemas"]["DimensionId"];
                /** @description The dimension's name in the language asked for. */
                label: string;
                /** @description The question its cells answer. */
                question: string;
                /**
                 * @description availability: offered, partly, paused, not_offered, municipal_responsibility or unknown; amount and list: known or unknown; yes_no: yes, no or unknown.
                 * @enum {string}
                 */
                type: "availability" | "amount" | "yes_no" | "list";
                /** @description The statuses this dimension answers with. */
                statuses: string[];
            };
            /** @description True where at least two regions have known, different answers. */
            differs: boolean;
            /** @description True where some regions' cells are known and others unknown. */
            partlyKnown: boolean;
            cells: components["schemas"]["Cell"][];
            /** @description How many regions have each of the dimension's statuses. */
            statusCounts: {
                [key: string]: number;
            };
            /** @description How many regions' cells are known but stale. */
            staleCount: number;
            /** @description For amounts (fees): statistics over the regions with a known amount. */
            numeric: {
                count: number;
                min: number;
                median: number;
                max: number;
            } | null;
        };
        /** @description Where the evidence is, and where it is missing. */
        Coverage: {
            /**
             * Format: date
             * @description A calendar date, YYYY-MM-DD.
             * @example 2021-03-31
             */
            asOf: string;
            condition: string;
            /** @enum {string} */
            lang: "en" | "sv";
            /** @description The staleness horizon: evidence older than this before `asOf` makes a cell stale. */
            staleAfterMonths: number;
            /** @description Known (and not stale), stale, and unknown cells. */
            totals: {
                cells: number;
                known: number;
                stale: number;
                unknown: number;
            };
            regions: {
                /**
                 * @description SCB county code of a region.
                 * @example 14
                 */
                code: string;
                name: string;
                known: number;
                stale: number;
                unknown: number;
                /** @description The newest evidence behind any of its cells. */
                evidenceDate: string | null;
                dimensions: {
                    id: components["schemas"]["DimensionId"];
                    label: string;
                    known: boolean;
                    stale: boolean;
                    /** @enum {string} */
                    status: "offered" | "partly" | "paused" | "not_offered" | "municipal_responsibility" | "unknown" | "known" | "yes" | "no";
                    evidenceDate: string | null;
                    evidenceStrength: ("primary" | "secondary" | "weak") | null;
                }[];
            }[];
        };
        /** @description An API key, without its secret. */
        ApiKey: {
            /**
             * @description Who holds the key, for admins (it may be an e-mail address); never shown publicly.
             * @example anna.editor
             */
            name: string;
            /** @enum {string} */
            role: "editor" | "admin";
            /**
             * @description What the public change feed shows as the writer (default: the role).
             * @example RME editor
             */
            displayName: string;
            /** Format: date-time */
            createdAt: string;
            revokedAt: string | null;
        };
        NewApiKey: {
            /**
             * @description Who holds the key, for admins (it may be an e-mail address); never shown publicly.
             * @example anna.editor
             */
            name: string;
            /** @enum {string} */
            role: "editor" | "admin";
            /**
             * @description What the public change feed shows as the writer (default: the role).
             * @example RME editor
             */
            displayName: string;
            /** Format: date-time */
            createdAt: string;
            revokedAt: string | null;
            /** @description The key itself: shown this once, stored only as a hash. */
            key: string;
        };
        /** @description A key created or revoked. */
        ApiKeyEvent: {
            id: string;
            /**
             * @description Who holds the key, for admins (it may be an e-mail address); never shown publicly.
             * @example anna.editor
             */
            keyName: string;
            /** @enum {string} */
            action: "create" | "revoke";
            /** @description The admin key that did it, or "cli" for the command line. */
            by: string;
            /** Format: date-time */
            at: string;
        };
        /** @description A region with every fact recorded for it, each with its citations. Empty lists mean nothing is known, not that nothing exists. */
        RegionDetail: {
            /**
             * @description SCB county code of a region.
             * @example 14
             */
            code: string;
            /** @example Västra Götalandsregionen */
            name: string;
            /** @example Västra Götalands län */
            county: string;
            municipalityCount: number;
            providers: components["schemas"]["Provider"][];
            fees: components["schemas"]["Fee"][];
            referralRules: components["schemas"]["ReferralRule"][];
            /** @description Region-level and municipal policies in the region. */
            homeCarePolicies: components["schemas"]["HomeCarePolicy"][];
            decisions: components["schemas"]["Decision"][];
            specialistCare: components["schemas"]["SpecialistCareStatement"][];
        };
        /** @description One region on every dimension, with the facts valid on the date. */
        RegionProfile: {
            /**
             * @description SCB county code of a region.
             * @example 14
             */
            code: string;
            /** @example Västra Götalandsregionen */
            name: string;
            /** @example Västra Götalands län */
            county: string;
            municipalityCount: number;
            providers: components["schemas"]["Provider"][];
            fees: components["schemas"]["Fee"][];
            referralRules: components["schemas"]["ReferralRule"][];
            /** @description Region-level and municipal policies in the region. */
            homeCarePolicies: components["schemas"]["HomeCarePolicy"][];
            decisions: components["schemas"]["Decision"][];
            specialistCare: components["schemas"]["SpecialistCareStatement"][];
            /**
             * Format: date
             * @description A calendar date, YYYY-MM-DD.
             * @example 2021-03-31
             */
            asOf: string;
            condition: string;
            /** @enum {string} */
            lang: "en" | "sv";
            /** @description The region's cell on every dimension, in the comparison's row shape (one cell each). */
            dimensions: components["schemas"]["DimensionRow"][];
        };
        ReviewEntry: {
            region: {
                /**
                 * @description SCB county code of a region.
                 * @example 14
                 */
                code: string;
                name: string;
            };
            dimension: {
                id: components["schemas"]["DimensionId"];
                label: string;
            };
            /** @description 1 matters most to patients (specialist care), then referral, fees, home care, municipal support, decisions. */
            priority: number;
            /**
             * @description The cell's status: a stale answer, or "unknown".
             * @enum {string}
             */
            status: "offered" | "partly" | "paused" | "not_offered" | "municipal_responsibility" | "unknown" | "known" | "yes" | "no";
            /** @description The status in the language asked for. */
            statusLabel: string;
            /** @description The answer in a few words. */
            short: string;
            stale: boolean;
            /** @description What the answer last rested on; null when nothing is known. */
            evidenceDate: string | null;
            evidenceStrength: ("primary" | "secondary" | "weak") | null;
            summary: string;
            facts: {
                /**
                 * @description The kind of fact cited.
                 * @enum {string}
                 */
                kind: "providers" | "fees" | "referralRules" | "homeCarePolicies" | "decisions" | "specialistCare";
                id: string;
                /** @description The fact decides the answer (or was the last known, for an unknown one). */
                deciding: boolean;
                /**
                 * Format: date
                 * @description A calendar date, YYYY-MM-DD.
                 * @example 2021-03-31
                 */
                evidenceDate: string;
                sources: {
                    id: string;
                    title: string;
                    url: string | null;
                    /**
                     * Format: date
                     * @description A calendar date, YYYY-MM-DD.
                     * @example 2021-03-31
                     */
                    date: string;
                }[];
            }[];
            /** @description The request that confirms a stale answer once the source is checked again (write the note first); null where a new fact is needed. */
            confirm: {
                /** @constant */
                method: "POST";
                /** @constant */
                path: "/v1/confirmations";
                body: components["schemas"]["ConfirmationWrite"];
            } | null;
        };
        /** @description A source with every fact that cites it. */
        SourceDetail: {
            id: string;
            /** @description The document's own (Swedish) title. */
            title: string;
            /** @description Who publishes it. */
            issuer: string;
            /**
             * @description What kind of publisher: news, patient associations, parties and individuals are secondary sources.
             * @enum {string}
             */
            publisherType: "region" | "municipality" | "agency" | "parliament" | "government" | "provider" | "news" | "patient_association" | "political_party" | "individual" | "other";
            /**
             * @description primary: the body itself (the region, a municipality, an agency, parliament, the government, the provider); secondary: reporting on it (news, a patient association, a party); weak: a reader's letter, a blog, a forum.
             * @enum {string}
             */
            strength: "primary" | "secondary" | "weak";
            /** @enum {string} */
            kind: "board_memo" | "minutes" | "written_answer" | "web_page" | "study" | "press_release" | "news_article" | "opinion_piece" | "report" | "blog_post" | "motion" | "letter";
            /** @description The source's own publication date, where it gives one. */
            publishedOn: string | null;
            /**
             * @description The date the source says it was last updated, where it gives one.
             * @default null
             */
            updatedOn: string | null;
            /**
             * @description For a source without a date: the earliest date it can have been written. Its facts never hold before it.
             * @default null
             */
            notBefore: string | null;
            /** @description Why the source has no date, and how `notBefore` follows from it. In the language asked for. */
            dateNote: string | null;
            /** @description Why a secondary source is used, or other caveats. In the language asked for. */
            note: string | null;
            referenceNumber: string | null;
            /** @description The text the project holds, for documents quoted verbatim. */
            fileName: string | null;
            url: string | null;
            /** @enum {string} */
            jurisdictionLevel: "nation" | "region" | "municipality";
            regionCode: string | null;
            municipalityCode: string | null;
            /**
             * Format: date
             * @description The date the source is evidence as of: updatedOn, else publishedOn, else notBefore.
             * @example 2021-03-31
             */
            evidenceDate: string;
            /** @description True when the source is secondary or weak, not primary. */
            secondary: boolean;
            /** @description True for documents the project holds (and quotes verbatim); false for web pages (cited in our own words). */
            held: boolean;
            /** @description When editors retired the source; it stays readable. */
            retiredAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            facts: {
                providers: components["schemas"]["Provider"][];
                fees: components["schemas"]["Fee"][];
                referralRules: components["schemas"]["ReferralRule"][];
                homeCarePolicies: components["schemas"]["HomeCarePolicy"][];
                decisions: components["schemas"]["Decision"][];
                specialistCare: components["schemas"]["SpecialistCareStatement"][];
            };
        };
        /** @description The whole dataset on one date, every text in Swedish and English. */
        DatasetExport: {
            /**
             * Format: date
             * @description The date the export answers for.
             * @example 2021-03-31
             */
            asOf: string;
            /**
             * @description The change-log position this export reflects: follow `/v1/changes?since=` or `/v1/changes/stream?since=` from it to stay in step.
             * @example 4242
             */
            cursor: string;
            /** @description The dataset's version (a hash of its content): the same on every instance for the same data. */
            version: string;
            regions: components["schemas"]["Region"][];
            municipalities: components["schemas"]["Municipality"][];
            conditions: components["schemas"]["Condition"][];
            /** @description Every source the facts cite or that confirms them. */
            sources: components["schemas"]["SourceStored"][];
            /** @description Every fact holding on `asOf`, by kind, with its citations and confirmations. */
            facts: {
                providers: components["schemas"]["ProviderStored"][];
                fees: components["schemas"]["FeeStored"][];
                referralRules: components["schemas"]["ReferralRuleStored"][];
                homeCarePolicies: components["schemas"]["HomeCarePolicyStored"][];
                decisions: components["schemas"]["DecisionStored"][];
                specialistCare: components["schemas"]["SpecialistCareStatementStored"][];
            };
        };
        /** @description A webhook subscription, without its secret. */
        Webhook: {
            /** Format: uuid */
            id: string;
            /**
             * @description Where to POST: https, on a public address.
             * @example https://example.org/hooks/regionkollen
             */
            url: string;
            /**
             * @description The resources whose changes to send; empty: all.
             * @example [
             *       "fees",
             *       "providers"
             *     ]
             */
            resources: ("providers" | "fees" | "referral-rules" | "home-care-policies" | "decisions" | "specialist-care" | "sources" | "citations")[];
            /** @description What the subscription is for, for admins. */
            description: string | null;
            enabled: boolean;
            /** @description Why delivery stopped: the receiver answered 410 Gone, or a delivery ran out of attempts. */
            disabledReason: string | null;
            /** @description The admin key that subscribed. */
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        NewWebhook: {
            /** Format: uuid */
            id: string;
            /**
             * @description Where to POST: https, on a public address.
             * @example https://example.org/hooks/regionkollen
             */
            url: string;
            /**
             * @description The resources whose changes to send; empty: all.
             * @example [
             *       "fees",
             *       "providers"
             *     ]
             */
            resources: ("providers" | "fees" | "referral-rules" | "home-care-policies" | "decisions" | "specialist-care" | "sources" | "citations")[];
            /** @description What the subscription is for, for admins. */
            description: string | null;
            enabled: boolean;
            /** @description Why delivery stopped: the receiver answered 410 Gone, or a delivery ran out of attempts. */
            disabledReason: string | null;
            /** @description The admin key that subscribed. */
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * @description The signing secret (`whsec_` and base64), shown this once: verify each delivery's `webhook-signature` with it.
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
        };
        /** @description One change sent to one subscription, and how its attempts went. */
        WebhookDelivery: {
            /**
             * @description The `webhook-id` header of every attempt of this delivery.
             * @example msg_1f81eb5251984599803e771906343485
             */
            id: string;
            /** @description The change delivered (its position in `/v1/changes`). */
            changeId: string;
            /**
             * @description The event type: resource and what happened.
             * @example fees.updated
             */
            type: string;
            /**
             * @description pending (to be attempted, or again), delivered (a 2xx answered), failed (given up).
             * @enum {string}
             */
            status: "pending" | "delivered" | "failed";
            attempts: number;
            /** @description When it is attempted next (pending only). */
            nextAttemptAt: string | null;
            lastAttemptAt: string | null;
            /** @description The receiver's HTTP status at the last attempt; null when it did not answer. */
            lastStatus: number | null;
            lastError: string | null;
            deliveredAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        RegionList: {
            items: components["schemas"]["Region"][];
            page: components["schemas"]["Page"];
        };
        MunicipalityList: {
            items: components["schemas"]["Municipality"][];
            page: components["schemas"]["Page"];
        };
        SourceList: {
            items: components["schemas"]["Source"][];
            page: components["schemas"]["Page"];
        };
        ConditionList: {
            items: components["schemas"]["Condition"][];
            page: components["schemas"]["Page"];
        };
        ProviderList: {
            items: components["schemas"]["Provider"][];
            page: components["schemas"]["Page"];
        };
        FeeList: {
            items: components["schemas"]["Fee"][];
            page: components["schemas"]["Page"];
        };
        ReferralRuleList: {
            items: components["schemas"]["ReferralRule"][];
            page: components["schemas"]["Page"];
        };
        HomeCarePolicyList: {
            items: components["schemas"]["HomeCarePolicy"][];
            page: components["schemas"]["Page"];
        };
        DecisionList: {
            items: components["schemas"]["Decision"][];
            page: components["schemas"]["Page"];
        };
        SpecialistCareStatementList: {
            items: components["schemas"]["SpecialistCareStatement"][];
            page: components["schemas"]["Page"];
        };
        ConfirmationList: {
            items: components["schemas"]["ConfirmationRecord"][];
            page: components["schemas"]["Page"];
        };
        ReviewQueue: {
            items: components["schemas"]["ReviewEntry"][];
            page: components["schemas"]["Page"];
        };
        ApiKeyList: {
            items: components["schemas"]["ApiKey"][];
            page: components["schemas"]["Page"];
        };
        ApiKeyEventList: {
            items: components["schemas"]["ApiKeyEvent"][];
            page: components["schemas"]["Page"];
        };
        WebhookList: {
            items: components["schemas"]["Webhook"][];
            page: components["schemas"]["Page"];
        };
        WebhookDeliveryList: {
            items: components["schemas"]["WebhookDelivery"][];
            page: components["schemas"]["Page"];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type SchemaDecisionWriteInput = components['schemas']['DecisionWriteInput'];
export type SchemaFeeWriteInput = components['schemas']['FeeWriteInput'];
export type SchemaHomeCarePolicyWriteInput = components['schemas']['HomeCarePolicyWriteInput'];
export type SchemaProviderWriteInput = components['schemas']['ProviderWriteInput'];
export type SchemaReferralRuleWriteInput = components['schemas']['ReferralRuleWriteInput'];
export type SchemaSpecialistCareStatementWriteInput = components['schemas']['SpecialistCareStatementWriteInput'];
export type SchemaConfirmationWriteInput = components['schemas']['ConfirmationWriteInput'];
export type SchemaSourceWriteInput = components['schemas']['SourceWriteInput'];
export type SchemaCitationWriteInput = components['schemas']['CitationWriteInput'];
export type SchemaApiKeyCreateInput = components['schemas']['ApiKeyCreateInput'];
export type SchemaWebhookCreateInput = components['schemas']['WebhookCreateInput'];
export type SchemaWebhookPatchInput = components['schemas']['WebhookPatchInput'];
export type SchemaSourcePatchInput = components['schemas']['SourcePatchInput'];
export type SchemaProviderPatchInput = components['schemas']['ProviderPatchInput'];
export type SchemaFeePatchInput = components['schemas']['FeePatchInput'];
export type SchemaReferralRulePatchInput = components['schemas']['ReferralRulePatchInput'];
export type SchemaHomeCarePolicyPatchInput = components['schemas']['HomeCarePolicyPatchInput'];
export type SchemaDecisionPatchInput = components['schemas']['DecisionPatchInput'];
export type SchemaSpecialistCareStatementPatchInput = components['schemas']['SpecialistCareStatementPatchInput'];
export type SchemaCitationPatchInput = components['schemas']['CitationPatchInput'];
export type SchemaCitation = components['schemas']['Citation'];
export type SchemaConfirmation = components['schemas']['Confirmation'];
export type SchemaDecisionStored = components['schemas']['DecisionStored'];
export type SchemaDecision = components['schemas']['Decision'];
export type SchemaFeeStored = components['schemas']['FeeStored'];
export type SchemaFee = components['schemas']['Fee'];
export type SchemaHomeCarePolicyStored = components['schemas']['HomeCarePolicyStored'];
export type SchemaHomeCarePolicy = components['schemas']['HomeCarePolicy'];
export type SchemaPage = components['schemas']['Page'];
export type SchemaProviderStored = components['schemas']['ProviderStored'];
export type SchemaProvider = components['schemas']['Provider'];
export type SchemaReferralRuleStored = components['schemas']['ReferralRuleStored'];
export type SchemaReferralRule = components['schemas']['ReferralRule'];
export type SchemaSpecialistCareStatementStored = components['schemas']['SpecialistCareStatementStored'];
export type SchemaSpecialistCareStatement = components['schemas']['SpecialistCareStatement'];
export type SchemaConfirmationWrite = components['schemas']['ConfirmationWrite'];
export type SchemaConfirmationRecord = components['schemas']['ConfirmationRecord'];
export type SchemaConfirmationStoredRecord = components['schemas']['ConfirmationStoredRecord'];
export type SchemaSourceStored = components['schemas']['SourceStored'];
export type SchemaSource = components['schemas']['Source'];
export type SchemaCitationStoredRecord = components['schemas']['CitationStoredRecord'];
export type SchemaCitationRecord = components['schemas']['CitationRecord'];
export type SchemaRegion = components['schemas']['Region'];
export type SchemaMunicipality = components['schemas']['Municipality'];
export type SchemaCondition = components['schemas']['Condition'];
export type SchemaProblem = components['schemas']['Problem'];
export type SchemaLiveness = components['schemas']['Liveness'];
export type SchemaReadiness = components['schemas']['Readiness'];
export type SchemaChange = components['schemas']['Change'];
export type SchemaChangePage = components['schemas']['ChangePage'];
export type SchemaProviderRef = components['schemas']['ProviderRef'];
export type SchemaRegionRef = components['schemas']['RegionRef'];
export type SchemaReferralChannel = components['schemas']['ReferralChannel'];
export type SchemaRegionalServiceValue = components['schemas']['RegionalServiceValue'];
export type SchemaMunicipalPolicy = components['schemas']['MunicipalPolicy'];
export type SchemaMunicipalServiceValue = components['schemas']['MunicipalServiceValue'];
export type SchemaHighCostCeilingValue = components['schemas']['HighCostCeilingValue'];
export type SchemaDecisionItem = components['schemas']['DecisionItem'];
export type SchemaRecentDecisionsValue = components['schemas']['RecentDecisionsValue'];
export type SchemaReferralChannelsValue = components['schemas']['ReferralChannelsValue'];
export type SchemaSelfReferralValue = components['schemas']['SelfReferralValue'];
export type SchemaSpecialistProvider = components['schemas']['SpecialistProvider'];
export type SchemaSpecialistCareStatementRef = components['schemas']['SpecialistCareStatementRef'];
export type SchemaSpecialistProviderValue = components['schemas']['SpecialistProviderValue'];
export type SchemaFeeItem = components['schemas']['FeeItem'];
export type SchemaSpecialistVisitFeeValue = components['schemas']['SpecialistVisitFeeValue'];
export type SchemaSpecialistProviderCell = components['schemas']['SpecialistProviderCell'];
export type SchemaSelfReferralCell = components['schemas']['SelfReferralCell'];
export type SchemaReferralChannelsCell = components['schemas']['ReferralChannelsCell'];
export type SchemaSpecialistVisitFeeCell = components['schemas']['SpecialistVisitFeeCell'];
export type SchemaHighCostCeilingCell = components['schemas']['HighCostCeilingCell'];
export type SchemaDoctorHomeVisitCell = components['schemas']['DoctorHomeVisitCell'];
export type SchemaNurseHomeVisitCell = components['schemas']['NurseHomeVisitCell'];
export type SchemaOccupationalTherapistHomeVisitCell = components['schemas']['OccupationalTherapistHomeVisitCell'];
export type SchemaCounselorHomeVisitCell = components['schemas']['CounselorHomeVisitCell'];
export type SchemaDigitalDentalCareCell = components['schemas']['DigitalDentalCareCell'];
export type SchemaMobileDentalCareCell = components['schemas']['MobileDentalCareCell'];
export type SchemaHomeHelpCell = components['schemas']['HomeHelpCell'];
export type SchemaHousingSupportCell = components['schemas']['HousingSupportCell'];
export type SchemaPersonalAssistanceCell = components['schemas']['PersonalAssistanceCell'];
export type SchemaRecentDecisionsCell = components['schemas']['RecentDecisionsCell'];
export type SchemaCell = components['schemas']['Cell'];
export type SchemaDimensionId = components['schemas']['DimensionId'];
export type SchemaDimensionRow = components['schemas']['DimensionRow'];
export type SchemaComparison = components['schemas']['Comparison'];
export type SchemaDimensionAcrossRegions = components['schemas']['DimensionAcrossRegions'];
export type SchemaCoverage = components['schemas']['Coverage'];
export type SchemaApiKey = components['schemas']['ApiKey'];
export type SchemaNewApiKey = components['schemas']['NewApiKey'];
export type SchemaApiKeyEvent = components['schemas']['ApiKeyEvent'];
export type SchemaRegionDetail = components['schemas']['RegionDetail'];
export type SchemaRegionProfile = components['schemas']['RegionProfile'];
export type SchemaReviewEntry = components['schemas']['ReviewEntry'];
export type SchemaSourceDetail = components['schemas']['SourceDetail'];
export type SchemaDatasetExport = components['schemas']['DatasetExport'];
export type SchemaWebhook = components['schemas']['Webhook'];
export type SchemaNewWebhook = components['schemas']['NewWebhook'];
export type SchemaWebhookDelivery = components['schemas']['WebhookDelivery'];
export type SchemaRegionList = components['schemas']['RegionList'];
export type SchemaMunicipalityList = components['schemas']['MunicipalityList'];
export type SchemaSourceList = components['schemas']['SourceList'];
export type SchemaConditionList = components['schemas']['ConditionList'];
export type SchemaProviderList = components['schemas']['ProviderList'];
export type SchemaFeeList = components['schemas']['FeeList'];
export type SchemaReferralRuleList = components['schemas']['ReferralRuleList'];
export type SchemaHomeCarePolicyList = components['schemas']['HomeCarePolicyList'];
export type SchemaDecisionList = components['schemas']['DecisionList'];
export type SchemaSpecialistCareStatementList = components['schemas']['SpecialistCareStatementList'];
export type SchemaConfirmationList = components['schemas']['ConfirmationList'];
export type SchemaReviewQueue = components['schemas']['ReviewQueue'];
export type SchemaApiKeyList = components['schemas']['ApiKeyList'];
export type SchemaApiKeyEventList = components['schemas']['ApiKeyEventList'];
export type SchemaWebhookList = components['schemas']['WebhookList'];
export type SchemaWebhookDeliveryList = components['schemas']['WebhookDeliveryList'];
export type $defs = Record<string, never>;
export interface operations {
    getHealthLive: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Liveness"];
                };
            };
        };
    };
    getHealthReady: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description The service or its database is unavailable; see Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRegions: {
        parameters: {
            query?: {
                /** @description Case-insensitive text search on names and titles. */
                q?: string;
                /** @description Page size, at most 500; default 100. */
                limit?: number;
                /** @description How many items to skip; default 0. */
                offset?: number;
                /** @description The language of every text in the answer: sv or en. Without it, Accept-Language decides (default en). */
                lang?: "en" | "sv";
                /** @description Answer as JSON (default) or CSV; `Accept: text/csv` does the same. */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionList"];
                    "text/csv": string;
                };
            };
            /** @description Not Modified: the If-None-Match ETag is current. */
            304: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRegionsByCode: {
        parameters: {
            query?: {
                /** @description The language of every text in the answer: sv or en. Without it, Accept-Language decides (default en). */
                lang?: "en" | "sv";
                /** @description Answer as JSON (default) or CSV; `Accept: text/csv` does the same. */
                format?: "json" | "csv";
            };
            header?: never;
            path: {
                /** @description SCB county code of a region. */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionDetail"];
                    "text/csv": string;
                };
            };
            /** @description Not Modified: the If-None-Match ETag is current. */
            304: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRegionsByCodeProfile: {
        parameters: {
            query?: {
                /** @description The condition compared (default me-cfs). */
                condition?: string;
                /** @description Only facts valid on this date (default: today, Swedish time). */
                asOf?: string;
                /** @description The language of every text in the answer: sv or en. Without it, Accept-Language decides (default en). */
                lang?: "en" | "sv";
                /** @description Answer as JSON (default) or CSV; `Accept: text/csv` does the same. */
                format?: "json" | "csv";
            };
            header?: never;
            path: {
                /** @description SCB county code of a region. */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionProfile"];
                    "text/csv": string;
                };
            };
            /** @description Not Modified: the If-None-Match ETag is current. */
            304: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMunicipalities: {
        parameters: {
            query?: {
                /** @description Only this region's municipalities. */
                region?: string;
                /** @description Case-insensitive text search on names and titles. */
                q?: string;
                /** @description Page size, at most 500; default 100. */
                limit?: number;
                /** @description How many items to skip; default 0. */
                offset?: number;
                /** @description The language of every text in the answer: sv or en. Without it, Accept-Language decides (default en). */
                lang?: "en" | "sv";
                /** @description Answer as JSON (default) or CSV; `Accept: text/csv` does the same. */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MunicipalityList"];
                    "text/csv": string;
                };
            };
            /** @description Not Modified: the If-None-Match ETag is current. */
            304: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMunicipalitiesByCode: {
        parameters: {
            query?: {
                /** @description The language of every text in the answer: sv or en. Without it, Accept-Language decides (default en). */
                lang?: "en" | "sv";
                /** @description Answer as JSON (default) or CSV; `Accept: text/csv` does the same. */
                format?: "json" | "csv";
            };
            header?: never;
            path: {
                /** @description SCB municipality code. */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Municipality"];
                    "text/csv": string;
                };
            };
            /** @description Not Modified: the If-None-Match ETag is current. */
            304: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSources: {
        parameters: {
            query?: {
                /** @description Only sources issued in this region. */
                region?: string;
                /** @description Case-insensitive text search on names and titles. */
                q?: string;
                /** @description Page size, at most 500; default 100. */
                limit?: number;
                /** @description How many items to skip; default 0. */
                offset?: number;
                /** @description The language of every text in the answer: sv or en. Without it, Accept-Language decides (default en). */
                lang?: "en" | "sv";
                /** @description Answer as JSON (default) or CSV; `Accept: text/csv` does the same. */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceList"];
                    "text/csv": string;
                };
            };
            /** @description Not Modified: the If-None-Match ETag is current. */
            304: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postSources: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST return the first answer instead of creating again. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SourceWriteInput"];
            };
        };
        responses: {
            /** @description Created; ETag and Location headers name it. */
            201: {
                headers: {
                    /** @description The new record's version: send it in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceStored"];
                };
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refers to something that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service or its database is unavailable; see Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSourcesById: {
        parameters: {
            query?: {
                /** @description The language of every text in the answer: sv or en. Without it, Accept-Language decides (default en). */
                lang?: "en" | "sv";
                /** @description Answer as JSON (default) or CSV; `Accept: text/csv` does the same. */
                format?: "json" | "csv";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceDetail"];
                    "text/csv": string;
                };
            };
            /** @description Not Modified: the If-None-Match ETag is current. */
            304: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchSourcesById: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read (of any language and coding); required: 428 without it, 412 when the record has changed since. `*` names no version, so it is refused with its own 428 (`if-match-wildcard`). */
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SourcePatchInput"];
            };
        };
        responses: {
            /** @description The updated record; ETag names the new version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceStored"];
                };
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refers to something that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service or its database is unavailable; see Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postSourcesByIdRetire: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read (of any language and coding); required: 428 without it, 412 when the record has changed since. `*` names no version, so it is refused with its own 428 (`if-match-wildcard`). */
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description Last day the fact held (facts only).
                     * @example 2021-03-31
                     */
                    validTo?: string;
                };
            };
        };
        responses: {
            /** @description The retired record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceStored"];
                };
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refers to something that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service or its database is unavailable; see Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSourcesByIdHistory: {
        parameters: {
            query?: {
                /** @description The cursor of the last page seen. */
                since?: string;
                /** @description Page size, at most 500; default 100. */
                limit?: number;
                /** @description The language of every text in the answer: sv or en. Without it, Accept-Language decides (default en). */
                lang?: "en" | "sv";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangePage"];
                };
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getConditions: {
        parameters: {
            query?: {
                /** @description Page size, at most 500; default 100. */
                limit?: number;
                /** @description How many items to skip; default 0. */
                offset?: number;
                /** @description The language of every text in the answer: sv or en. Without it, Accept-Language decides (default en). */
                lang?: "en" | "sv";
                /** @description Answer as JSON (default) or CSV; `Accept: text/csv` does the same. */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConditionList"];
                    "text/csv": string;
                };
            };
            /** @description Not Modified: the If-None-Match ETag is current. */
            304: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getConditionsById: {
        parameters: {
            query?: {
                /** @description The language of every text in the answer: sv or en. Without it, Accept-Language decides (default en). */
                lang?: "en" | "sv";
                /** @description Answer as JSON (default) or CSV; `Accept: text/csv` does the same. */
                format?: "json" | "csv";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Condition"];
                    "text/csv": string;
                };
            };
            /** @description Not Modified: the If-None-Match ETag is current. */
            304: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProviders: {
        parameters: {
            query?: {
                /** @description Only facts of this region. */
                region?: string;
                /** @description Only facts about this condition. */
                condition?: string;
                /** @description SCB municipality code. */
                municipality?: string;
                /** @description Only facts with this status. */
                status?: "operating" | "closed" | "planned" | "unknown" | "paused";
                /** @description Case-insensitive text search on names and titles. */
                q?: string;
                /** @description Only facts valid on this date (default: today, Swedish time). */
                asOf?: string;
                /** @description Page size, at most 500; default 100. */
                limit?: number;
                /** @description How many items to skip; default 0. */
                offset?: number;
                /** @description The language of every text in the answer: sv or en. Without it, Accept-Language decides (default en). */
                lang?: "en" | "sv";
                /** @description Answer as JSON (default) or CSV; `Accept: text/csv` does the same. */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderList"];
                    "text/csv": string;
                };
            };
            /** @description Not Modified: the If-None-Match ETag is current. */
            304: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postProviders: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST return the first answer instead of creating again. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProviderWriteInput"];
            };
        };
        responses: {
            /** @description Created; ETag and Location headers name it. */
            201: {
                headers: {
                    /** @description The new record's version: send it in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderStored"];
                };
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refers to something that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service or its database is unavailable; see Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProvidersById: {
        parameters: {
            query?: {
                /** @description The language of every text in the answer: sv or en. Without it, Accept-Language decides (default en). */
                lang?: "en" | "sv";
                /** @description Answer as JSON (default) or CSV; `Accept: text/csv` does the same. */
                format?: "json" | "csv";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Provider"];
                    "text/csv": string;
                };
            };
            /** @description Not Modified: the If-None-Match ETag is current. */
            304: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchProvidersById: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read (of any language and coding); required: 428 without it, 412 when the record has changed since. `*` names no version, so it is refused with its own 428 (`if-match-wildcard`). */
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProviderPatchInput"];
            };
        };
        responses: {
            /** @description The updated record; ETag names the new version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderStored"];
                };
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refers to something that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service or its database is unavailable; see Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postProvidersByIdRetire: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read (of any language and coding); required: 428 without it, 412 when the record has changed since. `*` names no version, so it is refused with its own 428 (`if-match-wildcard`). */
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description Last day the fact held (facts only).
                     * @example 2021-03-31
                     */
                    validTo?: string;
                };
            };
        };
        responses: {
            /** @description The retired record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderStored"];
                };
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refers to something that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service or its database is unavailable; see Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProvidersByIdHistory: {
        parameters: {
            query?: {
                /** @description The cursor of the last page seen. */
                since?: string;
                /** @description Page size, at most 500; default 100. */
                limit?: number;
                /** @description The language of every text in the answer: sv or en. Without it, Accept-Language decides (default en). */
                lang?: "en" | "sv";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangePage"];
                };
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFees: {
        parameters: {
            query?: {
                /** @description Only facts of this region. */
                region?: string;
                /** @description Only facts about this condition. */
                condition?: string;
                /** @description Only facts with this status. */
                status?: "charged" | "free" | "unknown";
                /** @description Only facts valid on this date (default: today, Swedish time). */
                asOf?: string;
                /** @description Page size, at most 500; default 100. */
                limit?: number;
                /** @description How many items to skip; default 0. */
                offset?: number;
                /** @description The language of every text in the answer: sv or en. Without it, Accept-Language decides (default en). */
                lang?: "en" | "sv";
                /** @description Answer as JSON (default) or CSV; `Accept: text/csv` does the same. */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeeList"];
                    "text/csv": string;
                };
            };
            /** @description Not Modified: the If-None-Match ETag is current. */
            304: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postFees: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST return the first answer instead of creating again. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FeeWriteInput"];
            };
        };
        responses: {
            /** @description Created; ETag and Location headers name it. */
            201: {
                headers: {
                    /** @description The new record's version: send it in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeeStored"];
                };
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refers to something that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service or its database is unavailable; see Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFeesById: {
        parameters: {
            query?: {
                /** @description The language of every text in the answer: sv or en. Without it, Accept-Language decides (default en). */
                lang?: "en" | "sv";
                /** @description Answer as JSON (default) or CSV; `Accept: text/csv` does the same. */
                format?: "json" | "csv";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Fee"];
                    "text/csv": string;
                };
            };
            /** @description Not Modified: the If-None-Match ETag is current. */
            304: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchFeesById: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read (of any language and coding); required: 428 without it, 412 when the record has changed since. `*` names no version, so it is refused with its own 428 (`if-match-wildcard`). */
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FeePatchInput"];
            };
        };
        responses: {
            /** @description The updated record; ETag names the new version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeeStored"];
                };
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refers to something that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service or its database is unavailable; see Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postFeesByIdRetire: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read (of any language and coding); required: 428 without it, 412 when the record has changed since. `*` names no version, so it is refused with its own 428 (`if-match-wildcard`). */
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description Last day the fact held (facts only).
                     * @example 2021-03-31
                     */
                    validTo?: string;
                };
            };
        };
        responses: {
            /** @description The retired record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeeStored"];
                };
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refers to something that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service or its database is unavailable; see Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFeesByIdHistory: {
        parameters: {
            query?: {
                /** @description The cursor of the last page seen. */
                since?: string;
                /** @description Page size, at most 500; default 100. */
                limit?: number;
                /** @description The language of every text in the answer: sv or en. Without it, Accept-Language decides (default en). */
                lang?: "en" | "sv";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangePage"];
                };
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReferralRules: {
        parameters: {
            query?: {
                /** @description Only facts of this region. */
                region?: string;
                /** @description Only facts about this condition. */
                condition?: string;
                /** @description Only facts with this status. */
                status?: "allowed" | "not_allowed" | "unknown";
                /** @description true: only self-referral rules; false: only rules for referrals by professionals. */
                selfReferral?: "true" | "false";
                /** @description Only facts valid on this date (default: today, Swedish time). */
                asOf?: string;
                /** @description Page size, at most 500; default 100. */
                limit?: number;
                /** @description How many items to skip; default 0. */
                offset?: number;
                /** @description The language of every text in the answer: sv or en. Without it, Accept-Language decides (default en). */
                lang?: "en" | "sv";
                /** @description Answer as JSON (default) or CSV; `Accept: text/csv` does the same. */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralRuleList"];
                    "text/csv": string;
                };
            };
            /** @description Not Modified: the If-None-Match ETag is current. */
            304: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postReferralRules: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST return the first answer instead of creating again. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralRuleWriteInput"];
            };
        };
        responses: {
            /** @description Created; ETag and Location headers name it. */
            201: {
                headers: {
                    /** @description The new record's version: send it in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralRuleStored"];
                };
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refers to something that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service or its database is unavailable; see Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReferralRulesById: {
        parameters: {
            query?: {
                /** @description The language of every text in the answer: sv or en. Without it, Accept-Language decides (default en). */
                lang?: "en" | "sv";
                /** @description Answer as JSON (default) or CSV; `Accept: text/csv` does the same. */
                format?: "json" | "csv";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralRule"];
                    "text/csv": string;
                };
            };
            /** @description Not Modified: the If-None-Match ETag is current. */
            304: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchReferralRulesById: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read (of any language and coding); required: 428 without it, 412 when the record has changed since. `*` names no version, so it is refused with its own 428 (`if-match-wildcard`). */
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralRulePatchInput"];
            };
        };
        responses: {
            /** @description The updated record; ETag names the new version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralRuleStored"];
                };
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refers to something that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service or its database is unavailable; see Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postReferralRulesByIdRetire: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read (of any language and coding); required: 428 without it, 412 when the record has changed since. `*` names no version, so it is refused with its own 428 (`if-match-wildcard`). */
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description Last day the fact held (facts only).
                     * @example 2021-03-31
                     */
                    validTo?: string;
                };
            };
        };
        responses: {
            /** @description The retired record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralRuleStored"];
                };
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refers to something that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service or its database is unavailable; see Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReferralRulesByIdHistory: {
        parameters: {
            query?: {
                /** @description The cursor of the last page seen. */
                since?: string;
                /** @description Page size, at most 500; default 100. */
                limit?: number;
                /** @description The language of every text in the answer: sv or en. Without it, Accept-Language decides (default en). */
                lang?: "en" | "sv";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangePage"];
                };
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHomeCarePolicies: {
        parameters: {
            query?: {
                /** @description Only facts of this region. */
                region?: string;
                /** @description Only facts about this condition. */
                condition?: string;
                /** @description SCB municipality code. */
                municipality?: string;
                service?: "doctor_home_visit" | "nurse_home_visit" | "occupational_therapist_home_visit" | "counselor_home_visit" | "digital_dental_care" | "mobile_dental_care" | "home_help" | "housing_support" | "personal_assistance" | "residential_care";
                /** @description Only facts with this status. */
                status?: "offered" | "offered_after_needs_assessment" | "not_offered" | "municipal_responsibility" | "under_trial" | "unknown";
                legalBasis?: "hsl" | "sol" | "lss";
                /** @description Only facts valid on this date (default: today, Swedish time). */
                asOf?: string;
                /** @description Page size, at most 500; default 100. */
                limit?: number;
                /** @description How many items to skip; default 0. */
                offset?: number;
                /** @description The language of every text in the answer: sv or en. Without it, Accept-Language decides (default en). */
                lang?: "en" | "sv";
                /** @description Answer as JSON (default) or CSV; `Accept: text/csv` does the same. */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HomeCarePolicyList"];
                    "text/csv": string;
                };
            };
            /** @description Not Modified: the If-None-Match ETag is current. */
            304: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postHomeCarePolicies: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST return the first answer instead of creating again. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HomeCarePolicyWriteInput"];
            };
        };
        responses: {
            /** @description Created; ETag and Location headers name it. */
            201: {
                headers: {
                    /** @description The new record's version: send it in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HomeCarePolicyStored"];
                };
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refers to something that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service or its database is unavailable; see Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHomeCarePoliciesById: {
        parameters: {
            query?: {
                /** @description The language of every text in the answer: sv or en. Without it, Accept-Language decides (default en). */
                lang?: "en" | "sv";
                /** @description Answer as JSON (default) or CSV; `Accept: text/csv` does the same. */
                format?: "json" | "csv";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HomeCarePolicy"];
                    "text/csv": string;
                };
            };
            /** @description Not Modified: the If-None-Match ETag is current. */
            304: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchHomeCarePoliciesById: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read (of any language and coding); required: 428 without it, 412 when the record has changed since. `*` names no version, so it is refused with its own 428 (`if-match-wildcard`). */
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HomeCarePolicyPatchInput"];
            };
        };
        responses: {
            /** @description The updated record; ETag names the new version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HomeCarePolicyStored"];
                };
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refers to something that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service or its database is unavailable; see Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postHomeCarePoliciesByIdRetire: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read (of any language and coding); required: 428 without it, 412 when the record has changed since. `*` names no version, so it is refused with its own 428 (`if-match-wildcard`). */
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description Last day the fact held (facts only).
                     * @example 2021-03-31
                     */
                    validTo?: string;
                };
            };
        };
        responses: {
            /** @description The retired record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HomeCarePolicyStored"];
                };
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refers to something that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service or its database is unavailable; see Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHomeCarePoliciesByIdHistory: {
        parameters: {
            query?: {
                /** @description The cursor of the last page seen. */
                since?: string;
                /** @description Page size, at most 500; default 100. */
                limit?: number;
                /** @description The language of every text in the answer: sv or en. Without it, Accept-Language decides (default en). */
                lang?: "en" | "sv";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangePage"];
                };
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDecisions: {
        parameters: {
            query?: {
                /** @description Only facts of this region. */
                region?: string;
                /** @description Only facts about this condition. */
                condition?: string;
                /** @description Only decisions at this stage. */
                stage?: "filed" | "proposed" | "decided" | "answered";
                /** @description Only decisions with this outcome. */
                outcome?: "approved" | "rejected" | "considered_answered" | "answered" | "pending" | "unknown";
                /** @description Case-insensitive text search on names and titles. */
                q?: string;
                /** @description Only facts valid on this date (default: today, Swedish time). */
                asOf?: string;
                /** @description Page size, at most 500; default 100. */
                limit?: number;
                /** @description How many items to skip; default 0. */
                offset?: number;
                /** @description The language of every text in the answer: sv or en. Without it, Accept-Language decides (default en). */
                lang?: "en" | "sv";
                /** @description Answer as JSON (default) or CSV; `Accept: text/csv` does the same. */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionList"];
                    "text/csv": string;
                };
            };
            /** @description Not Modified: the If-None-Match ETag is current. */
            304: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDecisions: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST return the first answer instead of creating again. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionWriteInput"];
            };
        };
        responses: {
            /** @description Created; ETag and Location headers name it. */
            201: {
                headers: {
                    /** @description The new record's version: send it in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionStored"];
                };
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refers to something that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service or its database is unavailable; see Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDecisionsById: {
        parameters: {
            query?: {
                /** @description The language of every text in the answer: sv or en. Without it, Accept-Language decides (default en). */
                lang?: "en" | "sv";
                /** @description Answer as JSON (default) or CSV; `Accept: text/csv` does the same. */
                format?: "json" | "csv";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Decision"];
                    "text/csv": string;
                };
            };
            /** @description Not Modified: the If-None-Match ETag is current. */
            304: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchDecisionsById: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read (of any language and coding); required: 428 without it, 412 when the record has changed since. `*` names no version, so it is refused with its own 428 (`if-match-wildcard`). */
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionPatchInput"];
            };
        };
        responses: {
            /** @description The updated record; ETag names the new version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionStored"];
                };
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refers to something that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service or its database is unavailable; see Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDecisionsByIdRetire: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read (of any language and coding); required: 428 without it, 412 when the record has changed since. `*` names no version, so it is refused with its own 428 (`if-match-wildcard`). */
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description Last day the fact held (facts only).
                     * @example 2021-03-31
                     */
                    validTo?: string;
                };
            };
        };
        responses: {
            /** @description The retired record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionStored"];
                };
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refers to something that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service or its database is unavailable; see Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDecisionsByIdHistory: {
        parameters: {
            query?: {
                /** @description The cursor of the last page seen. */
                since?: string;
                /** @description Page size, at most 500; default 100. */
                limit?: number;
                /** @description The language of every text in the answer: sv or en. Without it, Accept-Language decides (default en). */
                lang?: "en" | "sv";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangePage"];
                };
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSpecialistCare: {
        parameters: {
            query?: {
                /** @description Only facts of this region. */
                region?: string;
                /** @description Only facts about this condition. */
                condition?: string;
                /** @description Only facts with this status. */
                status?: "available" | "none" | "elsewhere" | "unknown";
                /** @description Only facts valid on this date (default: today, Swedish time). */
                asOf?: string;
                /** @description Page size, at most 500; default 100. */
                limit?: number;
                /** @description How many items to skip; default 0. */
                offset?: number;
                /** @description The language of every text in the answer: sv or en. Without it, Accept-Language decides (default en). */
                lang?: "en" | "sv";
                /** @description Answer as JSON (default) or CSV; `Accept: text/csv` does the same. */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpecialistCareStatementList"];
                    "text/csv": string;
                };
            };
            /** @description Not Modified: the If-None-Match ETag is current. */
            304: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postSpecialistCare: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST return the first answer instead of creating again. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SpecialistCareStatementWriteInput"];
            };
        };
        responses: {
            /** @description Created; ETag and Location headers name it. */
            201: {
                headers: {
                    /** @description The new record's version: send it in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpecialistCareStatementStored"];
                };
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refers to something that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service or its database is unavailable; see Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSpecialistCareById: {
        parameters: {
            query?: {
                /** @description The language of every text in the answer: sv or en. Without it, Accept-Language decides (default en). */
                lang?: "en" | "sv";
                /** @description Answer as JSON (default) or CSV; `Accept: text/csv` does the same. */
                format?: "json" | "csv";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpecialistCareStatement"];
                    "text/csv": string;
                };
            };
            /** @description Not Modified: the If-None-Match ETag is current. */
            304: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchSpecialistCareById: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read (of any language and coding); required: 428 without it, 412 when the record has changed since. `*` names no version, so it is refused with its own 428 (`if-match-wildcard`). */
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SpecialistCareStatementPatchInput"];
            };
        };
        responses: {
            /** @description The updated record; ETag names the new version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpecialistCareStatementStored"];
                };
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refers to something that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service or its database is unavailable; see Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postSpecialistCareByIdRetire: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read (of any language and coding); required: 428 without it, 412 when the record has changed since. `*` names no version, so it is refused with its own 428 (`if-match-wildcard`). */
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description Last day the fact held (facts only).
                     * @example 2021-03-31
                     */
                    validTo?: string;
                };
            };
        };
        responses: {
            /** @description The retired record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpecialistCareStatementStored"];
                };
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refers to something that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service or its database is unavailable; see Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSpecialistCareByIdHistory: {
        parameters: {
            query?: {
                /** @description The cursor of the last page seen. */
                since?: string;
                /** @description Page size, at most 500; default 100. */
                limit?: number;
                /** @description The language of every text in the answer: sv or en. Without it, Accept-Language decides (default en). */
                lang?: "en" | "sv";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangePage"];
                };
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCompareRegions: {
        parameters: {
            query?: {
                /** @description Region codes, comma-separated. */
                regions?: string;
                /** @description The condition compared (default me-cfs). */
                condition?: string;
                /** @description Only facts valid on this date (default: today, Swedish time). */
                asOf?: string;
                /** @description The language of every text in the answer: sv or en. Without it, Accept-Language decides (default en). */
                lang?: "en" | "sv";
                /** @description Answer as JSON (default) or CSV; `Accept: text/csv` does the same. */
                format?: "json" | "csv";
                /** @description CSV layout: `long` (default), one row per dimension and region; `wide`, one row per dimension and one column per region. */
                layout?: "long" | "wide";
                /** @description CSV separator: `comma` (default) or `semicolon`, as Swedish spreadsheets expect. */
                delimiter?: "comma" | "semicolon";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comparison"];
                    "text/csv": string;
                };
            };
            /** @description Not Modified: the If-None-Match ETag is current. */
            304: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCompareDimensionsByDimension: {
        parameters: {
            query?: {
                /** @description The condition compared (default me-cfs). */
                condition?: string;
                /** @description Only facts valid on this date (default: today, Swedish time). */
                asOf?: string;
                /** @description The language of every text in the answer: sv or en. Without it, Accept-Language decides (default en). */
                lang?: "en" | "sv";
                /** @description Answer as JSON (default) or CSV; `Accept: text/csv` does the same. */
                format?: "json" | "csv";
                /** @description CSV layout: `long` (default), one row per dimension and region; `wide`, one row per dimension and one column per region. */
                layout?: "long" | "wide";
                /** @description CSV separator: `comma` (default) or `semicolon`, as Swedish spreadsheets expect. */
                delimiter?: "comma" | "semicolon";
            };
            header?: never;
            path: {
                /** @description A dimension id. */
                dimension: "specialist_provider" | "self_referral" | "referral_channels" | "specialist_visit_fee" | "high_cost_ceiling" | "doctor_home_visit" | "nurse_home_visit" | "occupational_therapist_home_visit" | "counselor_home_visit" | "digital_dental_care" | "mobile_dental_care" | "home_help" | "housing_support" | "personal_assistance" | "recent_decisions";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DimensionAcrossRegions"];
                    "text/csv": string;
                };
            };
            /** @description Not Modified: the If-None-Match ETag is current. */
            304: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCoverage: {
        parameters: {
            query?: {
                /** @description The condition compared (default me-cfs). */
                condition?: string;
                /** @description Only facts valid on this date (default: today, Swedish time). */
                asOf?: string;
                /** @description The language of every text in the answer: sv or en. Without it, Accept-Language decides (default en). */
                lang?: "en" | "sv";
                /** @description Answer as JSON (default) or CSV; `Accept: text/csv` does the same. */
                format?: "json" | "csv";
                /** @description CSV layout: `long` (default), one row per dimension and region; `wide`, one row per dimension and one column per region. */
                layout?: "long" | "wide";
                /** @description CSV separator: `comma` (default) or `semicolon`, as Swedish spreadsheets expect. */
                delimiter?: "comma" | "semicolon";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Coverage"];
                    "text/csv": string;
                };
            };
            /** @description Not Modified: the If-None-Match ETag is current. */
            304: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCitations: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST return the first answer instead of creating again. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CitationWriteInput"];
            };
        };
        responses: {
            /** @description Created; ETag and Location headers name it. */
            201: {
                headers: {
                    /** @description The new record's version: send it in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CitationStoredRecord"];
                };
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refers to something that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service or its database is unavailable; see Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCitationsById: {
        parameters: {
            query?: {
                /** @description The language of every text in the answer: sv or en. Without it, Accept-Language decides (default en). */
                lang?: "en" | "sv";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CitationRecord"];
                };
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchCitationsById: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read (of any language and coding); required: 428 without it, 412 when the record has changed since. `*` names no version, so it is refused with its own 428 (`if-match-wildcard`). */
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CitationPatchInput"];
            };
        };
        responses: {
            /** @description The updated record; ETag names the new version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CitationStoredRecord"];
                };
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refers to something that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service or its database is unavailable; see Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCitationsByIdRetire: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read (of any language and coding); required: 428 without it, 412 when the record has changed since. `*` names no version, so it is refused with its own 428 (`if-match-wildcard`). */
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description Last day the fact held (facts only).
                     * @example 2021-03-31
                     */
                    validTo?: string;
                };
            };
        };
        responses: {
            /** @description The retired record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CitationStoredRecord"];
                };
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match ETag is stale. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refers to something that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service or its database is unavailable; see Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCitationsByIdHistory: {
        parameters: {
            query?: {
                /** @description The cursor of the last page seen. */
                since?: string;
                /** @description Page size, at most 500; default 100. */
                limit?: number;
                /** @description The language of every text in the answer: sv or en. Without it, Accept-Language decides (default en). */
                lang?: "en" | "sv";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangePage"];
                };
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getConfirmations: {
        parameters: {
            query?: {
                /** @description The kind of fact cited. */
                factKind?: "providers" | "fees" | "referralRules" | "homeCarePolicies" | "decisions" | "specialistCare";
                factId?: string;
                /** @description Only checks of this source. */
                sourceId?: string;
                /** @description Page size, at most 500; default 100. */
                limit?: number;
                /** @description How many items to skip; default 0. */
                offset?: number;
                /** @description The language of every text in the answer: sv or en. Without it, Accept-Language decides (default en). */
                lang?: "en" | "sv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfirmationList"];
                };
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postConfirmations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmationWriteInput"];
            };
        };
        responses: {
            /** @description Already recorded: the same fact, source and day. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfirmationStoredRecord"];
                };
            };
            /** @description Recorded; Location names it. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfirmationStoredRecord"];
                };
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refers to something that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service or its database is unavailable; see Retry-After. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getConfirmationsById: {
        parameters: {
            query?: {
                /** @description The language of every text in the answer: sv or en. Without it, Accept-Language decides (default en). */
                lang?: "en" | "sv";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfirmationRecord"];
                };
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReview: {
        parameters: {
            query?: {
                /** @description Only facts valid on this date (default: today, Swedish time). */
                asOf?: string;
                /** @description Page size, at most 500; default 100. */
                limit?: number;
                /** @description How many items to skip; default 0. */
                offset?: number;
                /** @description The language of every text in the answer: sv or en. Without it, Accept-Language decides (default en). */
                lang?: "en" | "sv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewQueue"];
                };
            };
            /** @description Not Modified: the If-None-Match ETag is current. */
            304: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getChanges: {
        parameters: {
            query?: {
                /** @description The cursor of the last page seen. */
                since?: string;
                /** @description Page size, at most 500; default 100. */
                limit?: number;
                /** @description The language of every text in the answer: sv or en. Without it, Accept-Language decides (default en). */
                lang?: "en" | "sv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangePage"];
                };
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getChangesStream: {
        parameters: {
            query?: {
                /** @description Start right after this change-log position. */
                since?: string;
            };
            header?: {
                /** @description The id of the last event received; the stream resumes right after it. */
                "last-event-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A text/event-stream of `change` events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getExport: {
        parameters: {
            query?: {
                /** @description The date to export (default: today, Swedish time). */
                asOf?: string;
                /** @description JSON (default) or NDJSON, one record a line; `Accept: application/x-ndjson` does the same. */
                format?: "json" | "ndjson";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatasetExport"];
                    "application/x-ndjson": string;
                };
            };
            /** @description Not Modified: the If-None-Match ETag is current. */
            304: {
                headers: {
                    /** @description A strong validator; send it back in If-None-Match. */
                    ETag?: string;
                    /** @description How long the answer may be reused. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description None of the accepted media types can be produced. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getKeys: {
        parameters: {
            query?: {
                /** @description Page size, at most 500; default 100. */
                limit?: number;
                /** @description How many items to skip; default 0. */
                offset?: number;
                /** @description The language of every text in the answer: sv or en. Without it, Accept-Language decides (default en). */
                lang?: "en" | "sv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyList"];
                };
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApiKeyCreateInput"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewApiKey"];
                };
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getKeysEvents: {
        parameters: {
            query?: {
                /** @description Page size, at most 500; default 100. */
                limit?: number;
                /** @description How many items to skip; default 0. */
                offset?: number;
                /** @description The language of every text in the answer: sv or en. Without it, Accept-Language decides (default en). */
                lang?: "en" | "sv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyEventList"];
                };
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteKeysByName: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Who holds the key, for admins (it may be an e-mail address); never shown publicly. */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhooks: {
        parameters: {
            query?: {
                /** @description Page size, at most 500; default 100. */
                limit?: number;
                /** @description How many items to skip; default 0. */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookList"];
                };
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookCreateInput"];
            };
        };
        responses: {
            /** @description Subscribed; Location names it. */
            201: {
                headers: {
                    /** @description The new record's version: send it in If-Match to change it. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewWebhook"];
                };
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refers to something that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhooksById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWebhooksById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unsubscribed; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchWebhooksById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPatchInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refers to something that does not exist. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhooksByIdDeliveries: {
        parameters: {
            query?: {
                /** @description Only deliveries with this status. */
                status?: "pending" | "delivered" | "failed";
                /** @description Page size, at most 500; default 100. */
                limit?: number;
                /** @description How many items to skip; default 0. */
                offset?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryList"];
                };
            };
            /** @description The request is malformed: a bad parameter, filter or body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The delivery's id: the same on every retry. */
                "webhook-id": string;
                /** @description When this attempt was made, in Unix seconds. */
                "webhook-timestamp": string;
                /** @description Space-separated signatures; `v1,` ones are HMAC-SHA256. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The resource (with _ for -) and what happened: created, updated or retired.
                     * @example fees.updated
                     */
                    type: string;
                    /**
                     * Format: date-time
                     * @description When the change was made.
                     */
                    timestamp: string;
                    data: components["schemas"]["Change"];
                };
            };
        };
        responses: {
            /** @description Any 2xx: delivered. Anything else is retried with the same webhook-id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the subscription is disabled and nothing more is sent. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
