/**
 * What the command side's domain needs to say no: a {@link org.allianceledger.platform.domain.Refused} command with
 * a stable {@link org.allianceledger.platform.domain.RefusalCode}, and nothing of HTTP or Spring; the web layer's
 * ProblemHandler alone answers each code with its status. Also the check of an enterprise id, which the web layer's
 * validation and the tests' made-up members share.
 */
package org.allianceledger.platform.domain;
