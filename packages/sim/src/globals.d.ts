/**
 * Globals the core may use because every JavaScript runtime it targets
 * (browsers, Node 17+) has them, though the ES library types without the DOM
 * do not declare them.
 */
declare function structuredClone<T>(value: T): T;
