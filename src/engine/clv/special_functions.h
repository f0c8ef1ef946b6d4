#pragma once
// Boost.Math special functions with a policy that returns NaN/inf instead of throwing: a bad
// parameter must end as a diagnostic, never as an exception out of a fit or prediction.
#include <boost/math/policies/policy.hpp>
#include <boost/math/special_functions/digamma.hpp>
#include <boost/math/special_functions/gamma.hpp>

namespace crm::clv::detail {

using NoThrowPolicy = boost::math::policies::policy<
    boost::math::policies::domain_error<boost::math::policies::errno_on_error>,
    boost::math::policies::pole_error<boost::math::policies::errno_on_error>,
    boost::math::policies::overflow_error<boost::math::policies::errno_on_error>,
    boost::math::policies::evaluation_error<boost::math::policies::errno_on_error>>;

inline double lnGamma(double x) { return boost::math::lgamma(x, NoThrowPolicy()); }
inline double digamma(double x) { return boost::math::digamma(x, NoThrowPolicy()); }

}  // namespace crm::clv::detail
