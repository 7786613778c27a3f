/**
 * The shared kernel: values every feature speaks of (priority, problem types) and the mapping of domain
 * errors to RFC 9457 problem details.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.quarterhour.shared;
