/** Small dense linear algebra for K×K systems and blocked cross products of column-stored data. */
package org.netinnov.estimate.linalg;
