internal import CICU

/// The version of the system ICU that Pardaz runs on, e.g. `"72.1"`.
public let icuVersion: String = {
    var info: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
    withUnsafeMutablePointer(to: &info) { pointer in
        pointer.withMemoryRebound(to: UInt8.self, capacity: 4) { pz_u_getVersion($0) }
    }
    return "\(info.0).\(info.1)"
}()
